// SPDX-License-Identifier: Apache-2.0
import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import './styles.css';
import App from './App.vue';
import { router } from './router/index.js';
import { i18n } from './i18n/index.js';

createApp(App).use(ElementPlus, { locale: zhCn }).use(router).use(i18n).mount('#app');
