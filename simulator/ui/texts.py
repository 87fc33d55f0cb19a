"""Every label and message of the web app, in Japanese and English, in one place.

``t(key, lang)`` returns the text; ``error_text(exc, lang)`` turns an exception into the one
message a user sees (the project's errors get a specific message, anything else a generic one:
internal details never reach the browser).
"""

from __future__ import annotations

from ..errors import (
    AccessDeniedError,
    InputError,
    NotFoundError,
    SessionFinishedError,
    SimulatorError,
    UnknownPersonaError,
)

MAX_MESSAGE_CHARS = 2000

TEXTS: dict[str, tuple[str, str]] = {
    # header and pages
    "title": ("伴走支援 対話練習シミュレーター", "Accompaniment-support dialogue practice"),
    "tagline": (
        "経営者との最初の面談を練習し、傾聴・深掘り・要約・誘導しない姿勢を一発話ごとに振り返ります。",
        "Practise a first meeting with a business owner; every turn is looked at.",
    ),
    "signed_in_as": ("ログイン中：", "Signed in as "),
    "local_user": ("この端末の練習ユーザー（ログインなし）", "local practice user (no sign-in)"),
    "sign_out": ("ログアウト", "Sign out"),
    "tab_practice": ("練習", "Practice"),
    "tab_report": ("振り返り", "Report"),
    "tab_sessions": ("これまでの面談", "My sessions"),
    "tab_rehearse": ("訪問前リハーサル", "Rehearse a visit"),
    "tab_upload": ("逐語録の採点", "Score a transcript"),
    "tab_review": ("講師の振り返り", "Instructor's review"),
    # practice: setup
    "owner": ("面談する経営者", "Owner"),
    "language": ("言語", "Language"),
    "exam": (
        "試験モード（フィードバックは最後の振り返りだけ・ヒントなし）",
        "Exam mode (feedback only in the final report, no hints)",
    ),
    "start": ("面談を始める", "Start the meeting"),
    "confirm_start": (
        "進行中の面談があります。もう一度「面談を始める」を押すと新しい面談を始めます"
        "（今の面談は「これまでの面談」からいつでも再開できます）。",
        "A meeting is in progress. Press Start again to begin a new one (the current one can be "
        "resumed from My sessions).",
    ),
    "confirm_end": (
        "面談を終えると、この面談の続きは話せません（ターンを選んでやり直すことはできます）。"
        "もう一度「面談を終える」を押すと終了し、振り返りを表示します。",
        "Once ended, this meeting cannot go on (you can still try again from a turn). Press "
        "\"End the meeting\" again to finish and see the report.",
    ),
    "next_owner": (
        "次の面談の相手です（いまの面談は{name}さんと続いています）。「面談を始める」を押すと、"
        "この経営者との新しい面談になります。",
        "The owner of your next meeting (the current one goes on with {name}). Press Start to "
        "meet this owner.",
    ),
    "lang_other": (
        "この面談は{meeting}で続きます（経営者の応答も採点も{meeting}です）。日本語で練習するには"
        "「面談を始める」で新しい面談を始めてください。",
        "This meeting goes on in {meeting} (the owner answers and your words are scored in "
        "{meeting}). Press Start for a meeting in English.",
    ),
    "lang_ja": ("日本語", "Japanese"),
    "lang_en": ("英語", "English"),
    "briefing": ("事前情報", "Briefing"),
    "employees": ("従業員", "Staff"),
    "founded": ("創業", "Founded"),
    "sales": ("年商", "Sales"),
    # practice: meeting
    "chat": ("面談", "Meeting"),
    "chat_placeholder": (
        "経営者を選んで「面談を始める」を押し、あいさつから始めてください。",
        "Pick an owner, press Start, and open with a greeting.",
    ),
    "you_say": ("あなたの発言", "You say"),
    "you_say_placeholder": (
        "例：本日はお時間をいただきありがとうございます。（Ctrl+Enter で送信）",
        "e.g. Thank you for making time for me today. (Ctrl+Enter sends)",
    ),
    "send": ("送信", "Send"),
    "copy_chat": ("会話をコピー", "Copy the conversation"),
    "hint": ("ヒント", "Hint"),
    "end": ("面談を終える", "End the meeting"),
    "mood": ("経営者の様子", "The owner's mood"),
    "feedback": ("この発言へのフィードバック", "Feedback on this turn"),
    "exam_feedback": (
        "試験モードです。フィードバックは面談を終えたあとの振り返りに表示されます。",
        "Exam mode: the feedback appears in the report after the meeting.",
    ),
    "branch_turn": ("やり直すターン", "Turn to try again"),
    "branch": ("このターンからやり直す", "Try again from this turn"),
    "branch_help": (
        "選んだターンより前のやりとりを引き継いだ新しい面談を始めます（元の面談は残ります）。",
        "Starts a new meeting that keeps the turns before the chosen one (the original stays).",
    ),
    "turn_n": ("ターン{n}", "Turn {n}"),
    "branched": (
        "ターン{n}からやり直しています（ターン{k}までを引き継ぎました）。",
        "Trying again from turn {n} (turns up to {k} kept).",
    ),
    "branched_start": ("最初からやり直しています。", "Trying again from the start."),
    "resumed": ("中断していた面談を再開しました。", "Resumed the meeting where you left it."),
    "started": (
        "面談を始めました。あいさつから始めましょう。",
        "The meeting has started: open with a greeting.",
    ),
    "finished_hint": (
        "面談は終了しています。「振り返り」を読むか、ターンを選んでやり直してください。",
        "The meeting is over: read the report, or pick a turn and try again.",
    ),
    "no_session": (
        "面談が始まっていません。経営者を選んで「面談を始める」を押してください。",
        "No meeting yet: pick an owner and press Start.",
    ),
    # moods (no engine numbers)
    "mood_0": ("かなり警戒しています", "very guarded"),
    "mood_1": ("警戒しています", "guarded"),
    "mood_2": ("様子を見ています", "watching you"),
    "mood_3": ("打ち解けてきました", "warming up"),
    "mood_4": ("心を開いて話しています", "talking openly"),
    "trend_up": ("表情が和らぎました", "relaxed a little"),
    "trend_down": ("表情が硬くなりました", "stiffened"),
    "trend_flat": ("変化はありません", "no change"),
    "stage": ("面談の段階", "Stage"),
    "walked_out": (
        "経営者が面談を打ち切りました。「面談を終える」で振り返りを表示します。",
        "The owner ended the meeting. Press End for the report.",
    ),
    "over": ("面談は終了しました。", "The meeting is over."),
    # feedback
    "acts": ("発話の種類", "Acts"),
    "rubric": ("観点", "Rubric"),
    "score": ("スコア", "Score"),
    "evidence": ("根拠", "Evidence"),
    "try_instead": ("言い換え例", "Try instead"),
    # the LLM judge beside the offline feedback (only with a model configured)
    "col_offline": ("オフライン", "Offline"),
    "col_model": ("LLM", "Model"),
    "merged_note": (
        "スコアはオフライン採点とLLMの採点の平均です（オフラインの点から最大±15点）。"
        "オフラインで「—」（この発言には当てはまらない）の観点は「—」のままです。",
        "Scores average the offline scorer and the model (at most 15 points from the offline "
        "one). A rubric the offline scorer leaves out (—) stays out.",
    ),
    "judge_head": ("LLMの見立て（参考）", "The model's reading (for reference)"),
    "judge_alternative": ("LLMの言い換え例", "The model suggests"),
    "judge_evidence": ("LLMが根拠にした言葉", "Words the model quoted"),
    "judge_failed": (
        "今回はLLMの見立てを得られませんでした（採点はオフラインのみです）。",
        "no reading from the model this time (offline scores only).",
    ),
    "judge_report_head": ("LLMの見立て", "The model's reading"),
    "judge_report_count": (
        "LLMが読んだターン：{n}（得られなかったターン：{failed}）",
        "Turns the model read: {n} (no reading: {failed})",
    ),
    "judge_report_note": (
        "表はLLMの採点で点が動いたターンです。合算の点（かっこ内はオフラインの点）。"
        "全体のスコアはオフラインの採点です。",
        "Turns where the model moved a score: merged score (offline score in brackets). The "
        "session scores above are the offline scorer's.",
    ),
    "merged_cell": ("{merged}（{own}）", "{merged} ({own})"),
    "answering": ("経営者が答えています…", "The owner is answering…"),
    # hint
    "hint_exam": ("試験モードではヒントは使えません。", "No hints in exam mode."),
    "hint_open": (
        "まずは時間をいただいたお礼と自己紹介、今日の面談の目的を伝えましょう。審査ではないこと、"
        "話したくないことは話さなくてよいことも伝えると安心してもらえます。",
        "Thank the owner, introduce yourself and say what today is for; say it is not an audit "
        "and that anything the owner would rather not discuss stays untouched.",
    ),
    "hint_pushed": (
        "直前の発言は誘導や助言と受け取られたようです。答えを示す前に、社長自身の考えを開いた質問で"
        "聞いてみましょう。",
        "Your last turn read as leading or advice: ask for the owner's own view with an open "
        "question before offering anything.",
    ),
    "hint_summary": (
        "社長の話がいくつか積み重なっています。ここで要点をまとめて「〜ということでしょうか」と確かめましょう。",
        "The owner has said several things: sum them up and check (“So what you mean is …?”).",
    ),
    "hint_closed": (
        "閉じた質問が続いています。「どのように」「なぜ」「その続きは」など、社長が長く話せる問いかけを。",
        "Several closed questions in a row: ask something the owner can talk about at length.",
    ),
    "hint_keyword": (
        "社長の言葉「{kw}」を拾って、「{kw}について、もう少し聞かせていただけますか？」のように"
        "深掘りしてみましょう。",
        "Pick up the owner's words “{kw}” and dig deeper: “Could you tell me more about {kw}?”",
    ),
    "hint_generic": (
        "社長の最後の言葉を受け止め（伝え返し）、その続きを促してみましょう。",
        "Reflect the owner's last words and invite them to go on.",
    ),
    "hint_example": ("例：", "For example: "),
    # report
    "report_empty": (
        "面談を終えると、ここに振り返りが表示されます。",
        "The report appears here when a meeting ends.",
    ),
    "too_short": (
        "発言がないため、採点できません（短すぎる面談です）。次はあいさつから始めて、社長の話を聴いてみましょう。",
        "Too short to score: there was no turn. Next time, open with a greeting and listen.",
    ),
    "chart": ("信頼とスコアの推移", "Trust and scores over the turns"),
    "series_trust": ("経営者の信頼", "Owner's trust"),
    "chart_none": ("該当するターンなし", "no turn to score"),
    "trainee": ("受講者", "Trainee"),
    "downloaded": ("ダウンロードしました。", "Downloaded."),
    "x_turn": ("ターン", "Turn"),
    "y_value": ("値（0〜100）", "Value (0–100)"),
    "download_md": ("Markdownで保存", "Download Markdown"),
    "download_json": ("JSONで保存", "Download JSON"),
    "print": ("印刷用に表示", "Print"),
    # my sessions
    "sessions_table": ("あなたの面談", "Your sessions"),
    "pick_session": ("面談を選ぶ", "Choose a session"),
    "resume": ("続きから再開", "Resume"),
    "open_report": ("振り返りを見る", "Open the report"),
    "refresh": ("一覧を更新", "Refresh"),
    "col_date": ("日時", "Date"),
    "col_owner": ("経営者", "Owner"),
    "col_turns": ("ターン数", "Turns"),
    "col_state": ("状態", "State"),
    "col_mode": ("モード", "Mode"),
    "col_branch": ("やり直し元", "Tried again from"),
    "state_done": ("終了", "finished"),
    "state_open": ("途中", "in progress"),
    "mode_exam": ("試験", "exam"),
    "mode_practice": ("練習", "practice"),
    "imported": ("取込", "imported"),
    "n_turns": ("{n}ターン", "{n} turns"),
    "tried_from": ("ターン{n}からやり直し", "tried again from turn {n}"),
    "no_sessions": ("まだ面談がありません。", "No session yet."),
    # errors (shown next to what caused them)
    "err_empty": (
        "発言が空です。経営者に伝えたいことを入力してください。",
        "The message is empty: type what you would say to the owner.",
    ),
    "err_too_long": (
        "発言が長すぎます（{n:,}字）。{max:,}字以内に分けて送ってください。入力は消えていません。",
        "The message is too long ({n:,} characters). Send at most {max:,}; your text is kept.",
    ),
    "err_finished": (
        "面談は終了しています。振り返りを読むか、ターンを選んでやり直してください。",
        "The meeting is over: read the report, or pick a turn and try again.",
    ),
    "err_not_found": ("その面談は見つかりません。", "No such session."),
    "err_no_persona": ("経営者を選んでください。", "Choose an owner."),
    "err_rate": (
        "短時間に新しい面談を始めすぎです。1分ほど待ってからもう一度お試しください。",
        "Too many new sessions in a minute: wait a moment and try again.",
    ),
    "err_imported": (
        "取り込んだロールプレイの記録は続けられません（振り返りは見られます）。",
        "An imported role-play cannot be continued (its report can be read).",
    ),
    "err_denied": ("この操作はできません。", "You may not do this."),
    "err_sign_in": ("ログインしてください。", "Please sign in."),
    "err_input": ("入力を確認してください。", "Please check the input."),
    "err_lang": (
        "言語は ja（日本語）か en（英語）を指定してください。",
        "The language must be ja (Japanese) or en (English).",
    ),
    "err_too_long_api": (
        "発言が長すぎます（{n:,}字）。{max:,}字以内に分けて送ってください。",
        "The message is too long ({n:,} characters). Send at most {max:,}.",
    ),
    "err_disabled": (
        "このアカウントは無効になっています。ログアウトして、講師または管理者に連絡してください。",
        "This account has been disabled. Sign out and contact your instructor or administrator.",
    ),
    "err_sign_in_now": (
        "アカウントが作成されたため、ログインが必要になりました。ページを再読み込みしてログインしてください。",
        "Accounts now exist, so sign-in is required: reload the page and sign in.",
    ),
    "err_exam_open": (
        "試験モードの面談です。振り返りとダウンロードは、面談を終えたあとに見られます。",
        "This is an exam: the report and the downloads are available once the meeting is over.",
    ),
    "err_busy": (
        "混み合っています。少し待ってからもう一度お試しください。",
        "The app is busy: try again in a moment.",
    ),
    "err_internal": (
        "問題が発生しました。もう一度お試しください（続く場合は管理者に連絡してください）。",
        "Something went wrong. Please try again (tell your administrator if it persists).",
    ),
    "err_pick_turn": ("やり直すターンを選んでください。", "Choose the turn to try again from."),
    "err_pick_session": ("面談を選んでください。", "Choose a session."),
}


def t(key: str, lang: str = "ja", **values: object) -> str:
    ja, en = TEXTS[key]
    text = ja if lang == "ja" else en
    return text.format(**values) if values else text


class TooManySessionsError(SimulatorError):
    """The per-user limit of new sessions a minute was reached."""


class MessageTooLongError(InputError):
    def __init__(self, length: int) -> None:
        self.length = length
        super().__init__(f"message of {length} characters (limit {MAX_MESSAGE_CHARS})")


class EmptyMessageError(InputError):
    def __init__(self) -> None:
        super().__init__("empty message")


class ImportedSessionError(InputError):
    def __init__(self) -> None:
        super().__init__("an imported session cannot be continued")


class UnknownLanguageError(InputError):
    def __init__(self, lang: str) -> None:
        super().__init__(f"unknown language {lang!r}")


class ExamInProgressError(SimulatorError):
    """The report (or an export) of an exam asked for before the meeting is over."""


class NoSessionError(SimulatorError):
    """A page action that needs a meeting, before any was started."""


class SignInRequiredError(AccessDeniedError):
    def __init__(self, message: str = "sign-in required") -> None:
        super().__init__(message)


class AccountDisabledError(SignInRequiredError):
    def __init__(self) -> None:
        super().__init__("account disabled")


class SignInNowRequiredError(SignInRequiredError):
    """Accounts were added while the app ran without sign-in on loopback."""

    def __init__(self) -> None:
        super().__init__("accounts were added: sign-in is now required")


def error_text(exc: BaseException, lang: str = "ja", *, api: bool = False) -> str:
    """The one message a user sees for ``exc``; never internal details of unknown errors.

    ``api``: for the HTTP API (a script keeps its own text: nothing is said about the page)."""
    from ..store import StoreBusyError

    own = getattr(exc, "text", None)  # errors that carry their own message in both languages
    if isinstance(exc, SimulatorError) and callable(own):
        return str(own(lang))
    if isinstance(exc, MessageTooLongError):
        key = "err_too_long_api" if api else "err_too_long"
        return t(key, lang, n=exc.length, max=MAX_MESSAGE_CHARS)
    if isinstance(exc, UnknownLanguageError):
        return t("err_lang", lang)
    if isinstance(exc, ExamInProgressError):
        return t("err_exam_open", lang)
    if isinstance(exc, AccountDisabledError):
        return t("err_disabled", lang)
    if isinstance(exc, SignInNowRequiredError):
        return t("err_sign_in_now", lang)
    if isinstance(exc, EmptyMessageError):
        return t("err_empty", lang)
    if isinstance(exc, NoSessionError):
        return t("no_session", lang)
    if isinstance(exc, ImportedSessionError):
        return t("err_imported", lang)
    if isinstance(exc, SignInRequiredError):
        return t("err_sign_in", lang)
    if isinstance(exc, SessionFinishedError):
        return t("err_finished", lang)
    if isinstance(exc, NotFoundError):
        return t("err_not_found", lang)
    if isinstance(exc, UnknownPersonaError):
        return t("err_no_persona", lang)
    if isinstance(exc, TooManySessionsError):
        return t("err_rate", lang)
    if isinstance(exc, AccessDeniedError):
        return t("err_denied", lang)
    if isinstance(exc, StoreBusyError):
        return t("err_busy", lang)
    if isinstance(exc, InputError):
        return t("err_input", lang)  # the internal wording stays in the server's log
    return t("err_internal", lang)
