import { createApp } from 'vue';
import 'strike-widgets/define';
import App from './App.vue';

createApp(App).mount('#app');
