// The county's start page (首页): who is signed in, their open tasks and the places their role
// works in, with the few steps of their guide. Opened from "/" and from the webapps' header.
'use strict';

const $ = (id) => document.getElementById(id);
const TASKLIST = '/camunda/app/tasklist/default/';

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    window.location.href = '/login';
    throw new Error('请先登录');
  }
  if (!response.ok) throw new Error('读取失败（' + response.status + '），请刷新页面重试');
  return response.json();
}

function action(title, href, detail) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  item.append(link);
  if (detail) {
    const note = document.createElement('span');
    note.className = 'meta';
    note.textContent = '　' + detail;
    item.append(note);
  }
  $('actions').append(item);
  return item;
}

function guide(steps) {
  for (const step of steps) {
    const item = document.createElement('li');
    item.textContent = step;
    $('guide').append(item);
  }
}

async function taskCount(params) {
  const body = await getJson('/engine-rest/task/count?' + new URLSearchParams(params));
  return body.count;
}

async function show() {
  const me = await getJson('/api/me');
  $('greeting').textContent = (me.name || me.userId) + '，您好';
  const officeWorker = !me.auditor || me.admin || me.units.length > 0;
  if (officeWorker) {
    const tasks = action('我的待办任务', TASKLIST, '正在统计……');
    Promise.all([taskCount({ assignee: me.userId }), taskCount({ candidateUser: me.userId })])
      .then(([mine, open]) => {
        tasks.querySelector('.meta').textContent = '　已认领 ' + mine + ' 件，可认领 ' + open + ' 件';
      })
      .catch(() => { tasks.querySelector('.meta').textContent = '　（件数暂时无法统计，请直接打开待办任务）'; });
  }
  const clerk = me.groups.some((g) => g.endsWith('-clerk'));
  if (clerk) {
    action('年度决策事项目录', '/app/catalogue.html', '查看本单位目录，对目录事项启动决策程序');
  }
  if (me.auditor || me.admin) {
    action('审计监督', '/app/audit.html', '决策检索、合规统计、归档哈希链核验（只读）');
  }
  if (me.admin) {
    action('流程监控', '/camunda/app/cockpit/default/', '流程实例、事件与故障处理');
    action('系统管理', '/camunda/app/admin/default/', '用户、用户组与授权');
  }
  if (clerk) {
    guide(['在“年度决策事项目录”中找到本单位的事项，点“启动决策程序”；',
      '在“待办任务”中打开任务，先点“认领”，按表单填写后点“完成”；',
      '表单中的“打开决策档案”在新标签页打开，可上传、查看材料，填写的内容不会丢失。']);
  } else if (me.groups.some((g) => g.endsWith('legal-review') || g === 'sfj-review' || g === 'sfj-guidance')) {
    guide(['在“待办任务”中选“合法性审查”过滤器，打开任务并“认领”；',
      '打开决策档案查阅送审材料，填写审查意见后点“完成”；',
      '需要退回补充材料时，选“不通过”并写明理由。']);
  } else if (me.auditor) {
    guide(['在“审计监督”中按单位、年度、阶段检索决策；',
      '打开一件决策查看时间线，可导出档案 PDF；',
      '“合规统计”按单位统计按期率，点数字可看对应决策清单。']);
  } else {
    guide(['在“待办任务”中打开任务，先点“认领”，按表单填写后点“完成”。']);
  }
}

show().catch((error) => {
  $('message').textContent = error.message;
  $('message').hidden = false;
});
