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

const MARK = 'data-pujiang-dossier';
const PAGE = /\/app\/dossier\.html\?no=[^\s，。；）)]+/;

// The text nodes of the notice that still name the dossier (or its page), outside links already made.
function textsToLink(element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if ((node.nodeValue.includes(WORD) || PAGE.test(node.nodeValue)) && !node.parentElement.closest('a')) {
      texts.push(node);
    }
  }
  return texts;
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.setAttribute(MARK, '');
  a.textContent = text;
  return a;
}

// Makes each 决策档案 and the page address in the notice links; runs once per notice (the links it
// adds change the notice, and must not make it link again: it did, and filled the notice with links).
async function linkify(element) {
  if (element.dataset.pujiangDossierLink || element.querySelector('[' + MARK + ']') || textsToLink(element).length === 0) {
    return;
  }
  element.dataset.pujiangDossierLink = 'pending';
  const href = await dossierLink();
  if (!href) {
    return;
  }
  // Each round links the first mention in each text node; what follows it is a new text node, linked
  // in the next round. A notice has a few mentions at most.
  for (let round = 0; round < 6; round++) {
    const texts = textsToLink(element);
    if (texts.length === 0) {
      break;
    }
    for (const text of texts) {
      const word = text.nodeValue.indexOf(WORD);
      const page = PAGE.exec(text.nodeValue);
      const pageFirst = page && (word < 0 || page.index < word);
      const at = pageFirst ? page.index : word;
      const shown = pageFirst ? page[0] : WORD;
      const after = text.splitText(at);
      after.nodeValue = after.nodeValue.substring(shown.length);
      text.parentNode.insertBefore(link(href, shown), after);
    }
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
        // Tasklist put a new message into the notice: link it unless it already holds our links.
        const alert = mutation.target.parentElement.closest('.alert');
        if (alert && !alert.querySelector('[' + MARK + ']')) {
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
