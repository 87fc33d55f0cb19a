"""Labels and messages of the review, rehearsal and upload pages, in Japanese and English.

``tx(key, lang)`` works like :func:`simulator.ui.texts.t` (which holds the trainee's pages).
Errors become messages in :func:`simulator.ui.texts.error_text`, as on every page: transcript
and rehearsal errors carry their own Japanese text (``error.text(lang)``).
"""

from __future__ import annotations

from .texts import error_text

TEXTS: dict[str, tuple[str, str]] = {
    # review: cohort table
    "review_intro": (
        "担当するクラスの受講者の面談を一覧し、記録を読み、コメントやスコアの修正を残せます。",
        "Your cohorts' sessions: read them, comment, and correct scores.",
    ),
    "cohort": ("クラス", "Cohort"),
    "no_cohort": (
        "担当するクラスがありません（クラスは管理者がコマンドで作成します：python -m simulator users cohort-create）。",
        "You teach no cohort yet (an administrator creates one: python -m simulator users cohort-create).",
    ),
    "f_trainee": ("受講者", "Trainee"),
    "f_owner": ("経営者", "Owner"),
    "f_kind": ("種別", "Kind"),
    "f_reached": ("裏課題", "Underlying issue"),
    "f_text": ("キーワードで絞り込む（受講者名・経営者・ID）", "Filter by keyword (trainee, owner, id)"),
    "f_sort": ("並び順", "Sort by"),
    "all": ("すべて", "All"),
    "reached_yes": ("到達", "reached"),
    "reached_no": ("未到達", "not reached"),
    "kind_sim": ("シミュレーション", "simulation"),
    "kind_rehearsal": ("訪問前リハーサル", "rehearsal"),
    "kind_imported": ("実ロールプレイの取込", "imported role-play"),
    "kind_sim_short": ("模擬面談", "simulated"),
    "kind_rehearsal_short": ("リハーサル", "rehearsal"),
    "kind_imported_short": ("取込", "imported"),
    "sort_new": ("新しい順", "newest first"),
    "sort_old": ("古い順", "oldest first"),
    "sort_trainee": ("受講者名順", "by trainee"),
    "sort_low": ("スコアの低い順（4観点の平均）", "lowest score first (mean of 4)"),
    "sort_high": ("スコアの高い順（4観点の平均）", "highest score first (mean of 4)"),
    "apply": ("絞り込む", "Filter"),
    "refresh": ("一覧を更新", "Refresh"),
    "table": ("面談の一覧（列名の「⋮」から並べ替えられます・行をクリックすると記録が開きます）", "Sessions (sort from a column's ⋮ menu; click a row to read it)"),
    "count": ("{n}件の面談（全{total}件中）", "{n} sessions (of {total})"),
    "c_date": ("日時", "Date"),
    "c_trainee": ("受講者", "Trainee"),
    "c_owner": ("経営者", "Owner"),
    "c_kind": ("種別", "Kind"),
    "c_state": ("状態", "State"),
    "c_turns": ("ターン", "Turns"),
    "c_reached": ("裏課題", "Issue"),
    "c_branch": ("やり直し", "Branches"),
    "c_comments": ("コメント", "Comments"),
    "c_fixed": ("修正", "Corrected"),
    "c_id": ("ID", "ID"),
    "state_done": ("終了", "finished"),
    "state_open": ("途中", "in progress"),
    "branch_of": ("{n}回（やり直し元あり）", "{n} (a branch)"),
    "export": ("Excel用CSVをダウンロード", "Download the Excel CSV"),
    "export_done": (
        "{n}件の面談をCSVにしました（UTF-8・BOM付き：Excelでそのまま開けます）。",
        "{n} sessions written (UTF-8 with BOM: opens directly in Excel).",
    ),
    # review: a session
    "sub_list": ("一覧", "Sessions"),
    "sub_read": ("記録を読む", "Read a session"),
    "sub_agree": ("自動採点との一致", "Agreement with the tool"),
    "sub_progress": ("受講者の推移", "Progress"),
    "pick": ("面談を選ぶ", "Choose a session"),
    "by_id": ("または面談IDで開く", "or open by session id"),
    "open": ("開く", "Open"),
    "pick_first": ("一覧から面談を選んで「開く」を押してください。", "Choose a session and press Open."),
    "target": ("対象", "About"),
    "whole": ("面談全体", "the whole session"),
    "comment": ("コメント", "Comment"),
    "comment_ph": ("受講者に伝えたいこと（受講者の振り返りに表示されます）", "What the trainee should read (shown in their report)"),
    "add_comment": ("コメントを残す", "Add the comment"),
    "comment_added": ("コメントを残しました。受講者の振り返りに表示されます。", "Comment saved; the trainee sees it in the report."),
    "rubric": ("観点", "Rubric"),
    "new_score": ("講師のスコア（0〜100）", "Your score (0–100)"),
    "reason": ("理由（必須）", "Reason (required)"),
    "reason_ph": ("例：要約はしているが、確認の問いかけがない", "e.g. summarised, but never checked it with the owner"),
    "override": ("スコアを修正する", "Correct the score"),
    "overridden": ("{rubric}のスコアを{score}に修正しました。", "{rubric} corrected to {score}."),
    "err_reason": ("修正の理由を書いてください。", "Write the reason for the correction."),
    "err_score": ("スコアは0〜100の数で入力してください。", "A score is a number from 0 to 100."),
    "err_comment": ("コメントが空です。", "The comment is empty."),
    "err_long": ("{n}字以内にしてください。", "At most {n} characters."),
    "err_staff": ("この画面は講師用です。", "This page is for instructors."),
    "turn_n": ("ターン{n}", "Turn {n}"),
    "trainee_said": ("支援者", "Supporter"),
    "owner_said": ("経営者", "Owner"),
    "opening": ("（冒頭）", "(opening)"),
    "closing": ("（経営者の締めくくり）", "(the owner's closing words)"),
    "acts": ("発話の種類", "Acts"),
    "scores": ("スコア", "Scores"),
    "trust": ("経営者の信頼", "Owner's trust"),
    "evidence": ("根拠", "Evidence"),
    "try_instead": ("言い換え例", "Try instead"),
    "notice": ("注記", "Note"),
    "by_instructor": ("講師", "instructor"),
    "session_scores": ("総合スコア", "Session scores"),
    "auto": ("自動採点", "Tool"),
    "human": ("講師による修正", "Instructor"),
    "no_scores": ("（面談が途中のため、総合スコアはまだありません）", "(unfinished: no session scores yet)"),
    "comments_head": ("講師からのコメント", "Your instructor's comments"),
    "overrides_head": ("講師によるスコアの修正", "Scores corrected by your instructor"),
    "meta": (
        "受講者：{trainee}　経営者：{owner}　種別：{kind}　日時：{date}　状態：{state}　ターン数：{turns}",
        "Trainee: {trainee} · Owner: {owner} · Kind: {kind} · Date: {date} · {state} · {turns} turns",
    ),
    "issue_reached": ("裏課題への到達：{v}", "Underlying issue: {v}"),
    # review: agreement
    "agree_intro": (
        "講師がスコアを修正した件数と、自動採点との差です。差の大きい観点ほど、自動採点をそのまま信じずに記録を読んでください"
        "（差が{clear:.0f}点以上を「はっきり違う」と数えます）。",
        "How often instructors corrected each rubric and by how much. Where the gap is large, read "
        "the transcript rather than trust the tool (a gap of {clear:.0f}+ points counts as different).",
    ),
    "a_rubric": ("観点", "Rubric"),
    "a_overrides": ("修正の件数", "Corrections"),
    "a_compared": ("比較できた件数", "Compared"),
    "a_differ": ("はっきり違った件数（割合）", "Clearly different (share)"),
    "a_mean": ("平均の差", "Mean gap"),
    "a_bias": ("傾向（講師−自動）", "Direction (instructor − tool)"),
    "a_max": ("最大の差", "Largest gap"),
    "a_none": ("このクラスにはまだスコアの修正がありません。", "No corrections in this cohort yet."),
    "higher": ("講師が高め", "instructors higher"),
    "lower": ("講師が低め", "instructors lower"),
    "even": ("偏りなし", "no lean"),
    # review: progress
    "progress_pick": ("受講者を選ぶ", "Choose a trainee"),
    "progress_chart": ("面談ごとの総合スコア", "Session scores over time"),
    "x_session": ("面談（古い順）", "Session (oldest first)"),
    "y_score": ("スコア（0〜100）", "Score (0–100)"),
    "progress_none": ("この受講者には採点済みの面談がまだありません。", "No scored session for this trainee yet."),
    "progress_rows": ("{n}回の面談（講師の修正があればそれを使います）", "{n} sessions (instructors' corrections used where given)"),
    # rehearsal
    "rh_intro": (
        "実際の訪問の前に、その会社の社長と練習できます。分かっていることを書き、社長のタイプを選ぶと、"
        "このアプリがオフラインで練習相手の社長をつくります（あなただけが使えます）。社長はあなたが書いた"
        "事実に加えて、そのタイプによくある事情（過去の支援への不満、先代との関係など）も話します。",
        "Rehearse a real first visit: describe the company, pick the owner's temperament, and the app "
        "builds an owner to practise with, offline (only you can use it). Besides your facts, the owner "
        "tells what is typical of the temperament (past support that disappointed, the former owner …).",
    ),
    "rh_mine": ("これまでに作った社長", "Owners you built"),
    "rh_new": ("（新しく作る）", "(build a new one)"),
    "rh_archetype": ("社長のタイプ", "The owner's temperament"),
    "rh_industry": ("業種（必須）", "Industry (required)"),
    "rh_industry_ph": ("例：和菓子の製造販売", "e.g. wagashi maker and shop"),
    "rh_employees": ("従業員数（必須）", "Employees (required)"),
    "rh_founded": ("創業年（おおよそで可）", "Year founded (roughly)"),
    "rh_company": ("会社名（任意）", "Company name (optional)"),
    "rh_owner_name": ("社長の呼び名（任意）", "What to call the owner (optional)"),
    "rh_sales": ("年商（任意）", "Annual sales (optional)"),
    "rh_application": ("申込書に書かれていること（必須）", "What the application form says (required)"),
    "rh_application_ph": ("例：売上の減少と職人の高齢化。ネット販売も始めたい。", "e.g. falling sales, ageing craftsmen; wants to sell online"),
    "rh_referral": ("紹介者（指導員など）から聞いた話", "What the referring advisor said"),
    "rh_referral_ph": ("例：三代目の社長。外部の意見をあまり聞かないと聞いている。", "e.g. third-generation owner; said not to listen to outsiders"),
    "rh_suspicion": ("あなたの見立て（裏課題の仮説）", "What you suspect (the underlying issue)"),
    "rh_suspicion_ph": (
        "例：長男に任せきれず、自分一人で全部決めている（社長が自分の言葉として話すので、社長の立場で書くと自然です）",
        "e.g. cannot let his son take over and decides everything himself (the owner says it as his own words)",
    ),
    "rh_suspicion_info": (
        "見立ては練習相手の社長の「裏課題」になります。社長が信頼して自分の言葉で話したときにだけ出てきます。"
        "支援者から言い当てても開きません——仮説は押しつけず、確かめるものです。",
        "Your hypothesis becomes the owner's underlying issue. He says it only when he trusts you enough "
        "to put it into his own words — naming it yourself never opens it.",
    ),
    "rh_lang": ("面談の言語", "Language of the meeting"),
    "rh_build": ("社長をつくって練習を始める", "Build the owner and start"),
    "rh_update": ("修正して、もう一度練習する", "Save the changes and play again"),
    "rh_play": ("この社長ともう一度練習する", "Play this owner again"),
    "rh_built": (
        "「{title}」をつくりました。練習のタブで面談が始まっています。",
        "Built “{title}”; the meeting has started on the Practice tab.",
    ),
    "rh_pick": ("練習する社長を選んでください。", "Choose an owner to play."),
    "rh_too_many": (
        "つくれる社長は{n}人までです。使わない社長を修正して使ってください。",
        "You can build at most {n} owners; edit one you no longer use.",
    ),
    "rh_card": ("練習相手の社長", "Your rehearsal owner"),
    # upload
    "up_intro": (
        "実際のロールプレイの逐語録（.txt・.csv・.jsonl）を採点します。話者の名前を支援者と経営者に対応づけると、"
        "シミュレーションと同じ振り返りができ、講師の一覧にも載ります。",
        "Score a real role-play transcript (.txt, .csv, .jsonl). Map the speakers to supporter and owner "
        "to get the same report as a simulated session; it is filed for your instructor's review.",
    ),
    "up_formats": (
        "形式：.txt は1行1発言で「話者：発言」、.csv は speaker,text の列、.jsonl は1行に "
        '{"speaker": …, "text": …}。文字コードは UTF-8 か Shift_JIS。',
        'Formats: .txt one turn per line as "name: words"; .csv with speaker,text columns; .jsonl one '
        '{"speaker": …, "text": …} per line. UTF-8 or Shift_JIS.',
    ),
    "up_file": ("逐語録のファイル", "Transcript file"),
    "up_trainee": ("支援者（採点される人）の話者名", "Speaker name(s) of the supporter (scored)"),
    "up_owner": ("経営者の話者名", "Speaker name(s) of the owner"),
    "up_ignored": (
        "どちらにも選ばなかった話者（観察者など）の発言は採点に使いません。",
        "Speakers in neither list (an observer, say) are left out.",
    ),
    "up_for": ("誰のロールプレイとして保存するか", "File it for"),
    "up_me": ("自分（{name}）", "myself ({name})"),
    "up_title": ("題名（任意）", "Title (optional)"),
    "up_lang": ("逐語録の言語", "Language of the transcript"),
    "up_score": ("採点する", "Score it"),
    "up_found": (
        "{n}人の話者が見つかりました：{names}。支援者と経営者を選んで「採点する」を押してください。",
        "{n} speakers found: {names}. Choose the supporter and the owner, then press Score.",
    ),
    "up_no_file": ("ファイルを選んでください。", "Choose a file."),
    "up_too_big": (
        "ファイルが大きすぎます（{size:,}バイト、上限{max:,}バイト）。",
        "The file is too large ({size:,} bytes; at most {max:,}).",
    ),
    "up_pick_trainee": ("支援者の話者名を選んでください。", "Choose the supporter's speaker name."),
    "up_done": (
        "採点して保存しました（{turns}ターン）。下に振り返りを表示しています。",
        "Scored and saved ({turns} turns). The report is below.",
    ),
    "up_file_error": ("ファイルを読めません：{msg}", "Cannot read the file: {msg}"),
    # the report of an imported transcript
    "imp_title": ("振り返りレポート：実ロールプレイの採点", "Report: a real role-play, scored"),
    "imp_counts": (
        "支援者の発言 {trainee}回・経営者の発言 {owner}回・支援者が話した割合 {share:.0%}",
        "{trainee} supporter turns · {owner} owner turns · supporter's share of the talk {share:.0%}",
    ),
    "imp_acts": ("発話の種類の内訳", "Acts used"),
    "imp_low": ("見直したいターン（スコアの低い順）", "Turns to look at again (lowest first)"),
    "imp_turns": ("やりとりと採点", "The conversation, scored"),
    "imp_chart": ("ターンごとのスコア", "Scores by turn"),
    "imp_no_trust": (
        "実ロールプレイには経営者の信頼の値がありません（シミュレーションだけが持ちます）。",
        "A real role-play has no owner's trust (only simulations do).",
    ),
}


def tx(key: str, lang: str = "ja", **values: object) -> str:
    ja, en = TEXTS[key]
    text = ja if lang == "ja" else en
    return text.format(**values) if values else text


def user_message(exc: BaseException, lang: str = "ja") -> str:
    """The message for ``exc`` (transcript and rehearsal errors carry their own Japanese)."""
    return error_text(exc, lang)
