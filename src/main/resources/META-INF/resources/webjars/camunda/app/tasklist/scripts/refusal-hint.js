// Pujiang: turns the "决策档案" in a refusal Tasklist shows (e.g. "请先在决策档案中上传本环节的材料：…",
// the Chinese message of a statutory gate, ADR 0018) into a link to the decision's dossier page, where the
// missing document is uploaded. The link opens in a new tab so the form and what was typed stay as they are.
// Loaded through customScripts in config.js; any failure here leaves Tasklist as it was.

const WORD = '决策档案';
const ENGINE = '/camunda/api/engine/engine/default';

function currentTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}

async function getJson(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

async function dossierLink() {
  const taskId = currentTaskId();
  if (!taskId) {
    return null;
  }
  const task = await getJson(ENGINE + '/task/' + encodeURIComponent(taskId));
  if (!task.processInstanceId) {
    return null;
  }
  const instance = await getJson(ENGINE + '/process-instance/' + encodeURIComponent(task.processInstanceId));
  return instance.businessKey ? '/app/dossier.html?no=' + encodeURIComponent(instance.businessKey) : null;
}

async function linkify(element) {
  if (element.dataset.pujiangDossierLink || !element.textContent.includes(WORD)) {
    return;
  }
  element.dataset.pujiangDossierLink = 'pending';
  const href = await dossierLink();
  if (!href) {
    return;
  }
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) {
    if (walker.currentNode.nodeValue.includes(WORD)) {
      texts.push(walker.currentNode);
    }
  }
  for (const text of texts) {
    const at = text.nodeValue.indexOf(WORD);
    const after = text.splitText(at);
    after.nodeValue = after.nodeValue.substring(WORD.length);
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = WORD + '（点此上传材料）';
    text.parentNode.insertBefore(link, after);
  }
  element.dataset.pujiangDossierLink = 'done';
}

function scan(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const alerts = root.matches('.alert') ? [root] : Array.from(root.querySelectorAll('.alert'));
  for (const alert of alerts) {
    linkify(alert).catch(() => {});
  }
}

try {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach(scan);
      if (mutation.type === 'characterData' && mutation.target.parentElement) {
        const alert = mutation.target.parentElement.closest('.alert');
        if (alert) {
          delete alert.dataset.pujiangDossierLink;
          scan(alert);
        }
      }
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
} catch (e) {
  console.error(e);
}

export default [];
