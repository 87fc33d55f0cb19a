"""What the app adds to every page: a script (keys, a stale page's banner, scrolling notices into
view, copying the conversation as text, Japanese accessibility labels) and its stylesheet."""

from __future__ import annotations

HEAD = """
<script>
// Ctrl+Enter (or Cmd+Enter) sends; Enter alone adds a line, and nothing sends while an IME is
// composing (Japanese input confirms its conversion with Enter).
document.addEventListener("keydown", (e) => {
  if (e.key !== "Enter" || e.isComposing || e.keyCode === 229) return;
  if (!(e.ctrlKey || e.metaKey)) return;
  if (!e.target.closest || !e.target.closest("#message")) return;
  e.preventDefault();
  const button = document.querySelector("#send");
  if (button && !button.disabled) button.click();
}, true);

// A page that outlived its sign-in or the server (a restart, a disabled account, sign-in
// turned on): say so in the page's language, keep the conversation on screen, offer a reload.
(() => {
  const original = window.fetch;
  const say = (kind) => {
    if (document.getElementById("sim-stale")) return;
    const en = !!document.querySelector('#lang input[value="en"]:checked');
    const text = kind === "auth"
      ? (en ? "Your sign-in is no longer valid (the app was restarted, or your account changed). "
            + "Reload the page and sign in again: your meetings are saved."
            : "ログインが無効になりました（アプリの再起動やアカウントの変更のため）。"
            + "ページを再読み込みして、もう一度ログインしてください。面談は保存されています。")
      : (en ? "The app cannot be reached. Wait a moment and reload the page: your meetings are saved."
            : "アプリに接続できません。少し待ってからページを再読み込みしてください。面談は保存されています。");
    const bar = document.createElement("div");
    bar.id = "sim-stale"; bar.setAttribute("role", "alert");
    const span = document.createElement("span"); span.textContent = text;
    const button = document.createElement("button");
    button.textContent = en ? "Reload" : "再読み込み";
    button.addEventListener("click", () => window.location.reload());
    bar.append(span, button);
    document.body.prepend(bar);
    document.body.classList.add("sim-stale");
  };
  window.fetch = async (...args) => {
    const url = String((args[0] && args[0].url) || args[0] || "");
    const ours = url.includes("/gradio_api/") && !url.includes("/login");
    let response;
    try {
      response = await original(...args);
    } catch (error) {
      if (ours && url.includes("/queue/")) say("down");
      throw error;
    }
    if (ours && response.status === 401) say("auth");
    return response;
  };
})();

// the hint and other notices appear below the buttons: bring them into view
window.simReveal = (selector, tries = 10) => {
  const el = Array.from(document.querySelectorAll(selector)).find((e) => e.innerText.trim());
  if (el) el.scrollIntoView({block: "center", behavior: "smooth"});
  else if (tries > 0) setTimeout(() => window.simReveal(selector, tries - 1), 100);
};

// "copy the conversation": the text as shown (never the escaped HTML), one line per message
window.simCopyChat = (lang) => {
  const en = lang === "en";
  const rows = Array.from(document.querySelectorAll(
    '#chat [data-testid="user"], #chat [data-testid="bot"]'));
  const text = rows.map((el) => (el.dataset.testid === "user"
    ? (en ? "You: " : "支援者：") : (en ? "Owner: " : "経営者：")) + el.innerText.trim()).join("\\n");
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = text; area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing to do */ }
    area.remove();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).catch(fallback);
  } else {
    fallback();
  }
  window.simCopied = text;
  return '<span class="sim-info">' + (en ? "Copied the conversation." : "会話をコピーしました。")
    + "</span>";
};

// Gradio's own accessibility labels and tooltips are English: on the Japanese page a screen
// reader (and a hovering mouse) gets them in Japanese.
(() => {
  const WORDS = {
    "More tabs": "ほかのタブ", "chatbot conversation": "面談のやりとり",
    "Copy table data": "表をコピー", "Fullscreen": "全画面表示", "Exit fullscreen": "全画面表示を終了",
    "Copy message": "発言をコピー", "Copy": "コピー", "Sort column": "列で並べ替え",
  };
  const PREFIXES = [["user's message: ", "支援者の発言："], ["bot's message: ", "経営者の発言："]];
  const ATTRS = ["aria-label", "title"];
  const translate = (english) => {
    if (WORDS[english]) return WORDS[english];
    for (const [en, jp] of PREFIXES) {
      if (english.startsWith(en)) return jp + english.slice(en.length);
    }
    return null;
  };
  const ja = () => !document.querySelector('#lang input[value="en"]:checked');
  const fix = () => {
    const toJa = ja();
    for (const el of document.querySelectorAll("[aria-label], [title]")) {
      for (const attr of ATTRS) {
        const value = el.getAttribute(attr);
        if (!value) continue;
        const key = "simEn" + (attr === "title" ? "Title" : "Aria");
        const stored = el.dataset[key];  // the English we replaced, unless Gradio changed it since
        const english = stored && translate(stored) === value ? stored : value;
        const japanese = translate(english);
        if (!japanese) continue;
        const wanted = toJa ? japanese : english;
        if (value !== wanted) {
          el.dataset[key] = english;
          el.setAttribute(attr, wanted);
        }
      }
    }
  };
  let queued = false;
  const later = () => {
    if (queued) return;
    queued = true;
    setTimeout(() => { queued = false; fix(); }, 200);
  };
  const watch = () => new MutationObserver(later).observe(document.body, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label", "title"],
  });
  if (document.body) watch(); else document.addEventListener("DOMContentLoaded", watch);
  document.addEventListener("change", later, true);
})();
</script>
"""

CSS = """
.sim-error { color: #b42318; font-weight: 600; }
.sim-info { color: #1d4f91; }
.sim-warn { color: #8a4b00; font-weight: 600; }
#mood { font-size: 1.05em; }
#chat button[aria-label="会話をクリア"], #chat button[aria-label="Clear"],
#chat button[title="会話をクリア"], #chat button[title="Clear"] { display: none; }
/* the chat's label floats over its first message: leave it room */
#chat .message-wrap { padding-top: 1.8em; }
#user-line { text-align: right; }
#rv-side { position: sticky; top: 8px; align-self: flex-start; }
/* a table's column menu: sorting only (Gradio's Filter / Clear filters items have no Japanese) */
.cell-menu[role=menu] > button[role=menuitem]:nth-of-type(n+4) { display: none; }
#sim-stale { position: sticky; top: 0; z-index: 1000; display: flex; gap: 1em; align-items: center;
  flex-wrap: wrap; padding: 0.75em 1em; background: #fef3c7; color: #7c2d12; font-weight: 600;
  border-bottom: 2px solid #b45309; }
#sim-stale button { padding: 0.3em 1em; border: 1px solid #7c2d12; border-radius: 6px;
  background: #fff; color: #7c2d12; cursor: pointer; }
/* once the page is stale, Gradio's per-component error badges would hide the conversation */
body.sim-stale [data-testid="status-tracker"], body.sim-stale .toast-wrap {
  display: none !important; }
#report-chart .sim-chart { width: 100%; max-width: 760px; height: auto; display: block; }
#report-chart .sim-narrow { display: none; }
.sim-chart-title { font-weight: 600; margin: 0.75em 0 0.25em; }
.sim-legend { display: flex; flex-wrap: wrap; gap: 0.25em 1.1em; list-style: none; padding: 0;
  margin: 0.25em 0 0.5em; font-size: 0.9em; }
.sim-legend li { display: flex; align-items: center; gap: 0.35em; margin: 0; }
@media (max-width: 640px) {
  #report-chart .sim-wide { display: none; }
  #report-chart .sim-narrow { display: block; }
  #user-line { text-align: left; }
  #header h1 { font-size: 1.35em; }
  /* the report's tables scroll sideways on a phone instead of stacking headers letter by letter
     and squeezing the score breakdown into a column of single characters */
  #report table, #report-more table { display: block; overflow-x: auto; border: none;
    font-size: 0.9em; }
  #report th, #report-more th { white-space: nowrap; }
  #report td:first-child { min-width: 6.5em; }
  #report td:last-child { min-width: 15em; }
}
@media print {
  #top, [role="tablist"], #report-actions, #report-notice, .tab-container button,
  button[aria-label="More tabs"], #sim-stale { display: none !important; }
}
"""
