// The way around for the application's own pages: every page header gets 首页 (the start page),
// 待办任务 (Tasklist) and 退出. Logging out is a POST with Spring Security's CSRF token, read from
// the cookie the server sets for the pages (docs/security.md).
'use strict';

(function () {
  const header = document.querySelector('body > header, header');
  if (!header) return;
  const bar = document.createElement('nav');
  bar.className = 'md-site';
  bar.setAttribute('aria-label', '站点导航');
  bar.style.cssText = 'display:flex;gap:.8rem;align-items:center;margin-left:auto;font-size:.9rem';

  function link(text, href) {
    const a = document.createElement('a');
    a.textContent = text;
    a.href = href;
    a.style.color = 'inherit';
    bar.append(a);
  }
  link('首页', '/');
  if (!document.querySelector('header a[href^="/camunda/app/tasklist"]')) {
    link('待办任务', '/camunda/app/tasklist/');
  }

  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  form.style.margin = '0';
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = '_csrf';
  form.addEventListener('submit', () => {
    const token = document.cookie.match(/(?:^|;\s*)MD-XSRF-TOKEN=([^;]*)/);
    csrf.value = token ? decodeURIComponent(token[1]) : '';
  });
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'md-logout';
  button.textContent = '退出';
  form.append(csrf, button);
  bar.append(form);
  header.append(bar);
})();
