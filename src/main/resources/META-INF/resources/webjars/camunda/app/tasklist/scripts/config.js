/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Pujiang: Simplified Chinese by default, English still available (docs/tasklist.md, ADR 0011).
  // The webapp takes the first language of the browser, keeps only the part before '-' ('zh-CN' -> 'zh',
  // 'en-US' -> 'en') and looks it up in availableLocales; anything not found gets fallbackLocale. 'zh' is
  // never in the list, so every browser gets zh-CN unless its first language is English.
  // Pujiang: the county's frame (one login page, the end-of-life banner for admins only, a link to the
  // start page), one script for all four apps: see docs/tasklist.md. In Tasklist also: a refusal
  // that asks for a dossier document links to the decision's dossier page (scripts/refusal-hint.js,
  // ADR 0018); 办理操作 (抄送, 催办, 转办), 撤回已办 and 常用语 next to opinion fields (ADR 0022).
  // One customScripts key: a second one would silently replace the first.
  customScripts: ['../pujiang/shell', 'scripts/refusal-hint', 'scripts/task-actions', 'scripts/common-phrases'],
  // Pujiang: the header and the browser tab read "浦江县重大行政决策 待办任务" (the browser walk-through).
  app: {
    name: '待办任务',
    vendor: '浦江县重大行政决策'
  },
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
