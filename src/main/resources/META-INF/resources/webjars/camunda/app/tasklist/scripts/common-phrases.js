/*
 * Pujiang: 常用语 next to every opinion field of a task form in Tasklist (ADR 0022). A field counts as an
 * opinion field when its key or id contains "opinion"/"Opinion" or its label contains 意见. The phrases
 * are the user's own and their units' (GET /api/phrases); one click inserts one at the cursor, and an
 * input event tells the form that the value changed, as typing would.
 */
const MARK = 'data-md-phrases';
let phrases = null;

async function loadPhrases() {
  if (phrases === null) {
    const response = await fetch('/api/phrases', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    phrases = response.ok ? await response.json() : [];
  }
  return phrases;
}

function isOpinionField(textarea) {
  if (textarea.readOnly || textarea.disabled) {
    return false; // an opinion shown from an earlier step is not for editing
  }
  const wrapper = textarea.closest('.fjs-form-field');
  const label = wrapper ? (wrapper.querySelector('label') || {}).textContent || '' : '';
  const names = (textarea.name || '') + ' ' + (textarea.id || '');
  return /opinion/i.test(names) || label.includes('意见');
}

function insert(textarea, text) {
  const start = textarea.selectionStart ?? textarea.value.length;
  const end = textarea.selectionEnd ?? textarea.value.length;
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  setter.call(textarea, textarea.value.slice(0, start) + text + textarea.value.slice(end));
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  textarea.focus();
}

async function addPicker(textarea) {
  textarea.setAttribute(MARK, 'pending');
  const list = await loadPhrases();
  const bar = document.createElement('div');
  bar.className = 'md-phrases';
  bar.setAttribute('aria-label', '常用语');
  const title = document.createElement('span');
  title.className = 'text-muted';
  title.textContent = list.length ? '常用语：' : '常用语：暂无（可通过 /api/phrases 维护）';
  bar.append(title);
  list.forEach(p => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-xs btn-default md-phrase';
    button.textContent = p.text;
    button.title = p.unitCode ? '单位常用语' : '我的常用语';
    button.addEventListener('click', () => insert(textarea, p.text));
    bar.append(button, ' ');
  });
  textarea.insertAdjacentElement('afterend', bar);
  textarea.setAttribute(MARK, 'done');
}

function scan() {
  document.querySelectorAll('[cam-tasklist-form] textarea:not([' + MARK + '])').forEach(textarea => {
    if (isOpinionField(textarea)) {
      addPicker(textarea);
    } else {
      textarea.setAttribute(MARK, 'none');
    }
  });
}

new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
