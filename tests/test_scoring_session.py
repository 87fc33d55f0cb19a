"""score_conversation / score_session: session scores rank conversations the right way.

These run the real analyser (``simulator.analysis``) over written transcripts.
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.scoring import ConversationScore, TurnResult, score_conversation, score_session

OWNER = [
    "今日はよろしく。正直に言うと、公的な支援には前にがっかりしたことがあってね。あまり期待はしていないんですよ。",
    "前に来た人は書類ばかり集めて、報告書を置いて帰っただけでした。うちの現場のことは何も分かっていなかった。",
    "うちは金属加工で、売り上げはここ数年ずっと横ばいです。大きな取引先が一社あって、仕事の半分以上はそこからです。",
    "職人も高齢化していて、若い人を採ってもなかなか定着しないんです。教える余裕もないしね。",
    "そうそう、そういうことなんですよ。あと、息子が専務をやっているんですが、まだ任せきれないところがあってね。",
    "うーん、なんでだろうな。自分が何でも決めてきたから、息子も遠慮しているのかもしれない。",
    "そうですね、息子と腹を割って話したことはないかもしれないな。",
]


def conversation(trainee: list[str], owner: list[str] = OWNER) -> list[Utterance]:
    turns: list[Utterance] = []
    for t, o in zip(trainee, owner, strict=False):
        turns.append(Utterance(speaker="trainee", text=t))
        turns.append(Utterance(speaker="owner", text=o))
    return turns


SKILLED = [
    "本日はお時間をいただきありがとうございます。",
    "以前の支援でがっかりされたことがあったのですね。どのようなことがあったのですか？",
    "現場のことを分かってもらえなかったのですね。それはご不満でしたね。今の事業のことも聞かせていただけますか？",
    "大きな取引先が一社あるのですね。その取引先とは、どのようなお付き合いなのですか？",
    "ここまでのお話を整理させてください。前の支援で現場を分かってもらえなかったこと、売り上げが横ばいで大きな取引先に頼っていること、職人の高齢化と若い人の定着が気がかりということでしょうか？",
    "息子さんに任せきれないと感じるのは、なぜなのでしょうか？",
    "息子さんが遠慮しているかもしれない、と感じていらっしゃるのですね。そのあたりをもう少し聞かせていただけますか？",
]
SUMMARY_TURN = 4

POOR = [
    "本日はお時間をいただきありがとうございます。私はこれまで100社以上を支援してきた実績があります。",
    "今一番の悩みは何ですか？",
    "従業員は何名ですか？",
    "売上高はいくらですか？",
    "ネット販売を始めるべきだと思いませんか？",
    "若い人が定着しないなら、評価制度を整えて給与を上げるべきです。他社でもそうしています。",
    "いや、それは違うと思います。息子さんにもっと任せた方がいいですよね？",
]


def _scores(trainee: list[str]) -> ConversationScore:
    return score_conversation(conversation(trainee), "ja")


def test_skilled_beats_poor_on_every_rubric() -> None:
    good, bad = _scores(SKILLED), _scores(POOR)
    for rid in ("listening", "deep_dive", "summarising", "non_leading"):
        assert good.scores[rid] > bad.scores[rid] + 10, (rid, good.scores, bad.scores)
    assert all(0 <= v <= 100 for v in [*good.scores.values(), *bad.scores.values()])


def test_turns_and_patterns_are_reported() -> None:
    result = _scores(SKILLED)
    assert len(result.turns) == 2 * len(SKILLED)
    owner_turns = [t for t in result.turns if t.speaker == "owner"]
    assert all(t.acts == [] and t.scores == {} for t in owner_turns)
    trainee = [t for t in result.turns if t.speaker == "trainee"]
    assert all(
        set(t.scores) == {"listening", "deep_dive", "summarising", "non_leading"} for t in trainee
    )
    assert [t.index for t in result.turns] == list(range(len(result.turns)))
    assert result.patterns.summaries
    assert 0 < result.patterns.talk_share < 1


def test_summaries_at_the_right_moments_beat_none() -> None:
    without = list(SKILLED)
    without[SUMMARY_TURN] = "息子さんのことについて、もう少し聞かせていただけますか？"
    with_summary, no_summary = _scores(SKILLED), _scores(without)
    assert with_summary.scores["summarising"] > no_summary.scores["summarising"] + 30
    assert no_summary.scores["summarising"] < 40
    assert any(not m.met for m in no_summary.patterns.due_moments)


def test_interrogation_scores_lower_on_deep_dive_than_following_up() -> None:
    interrogating = [
        "本日はお時間をいただきありがとうございます。",
        "支援を受けたのはいつですか？",
        "従業員は何名ですか？",
        "創業は何年ですか？",
        "取引先は何社ありますか？",
        "売上高はいくらですか？",
        "後継者は決まっていますか？",
    ]
    result, follow = _scores(interrogating), _scores(SKILLED)
    assert result.patterns.interrogation_runs
    assert follow.scores["deep_dive"] > result.scores["deep_dive"] + 15


def test_leading_lecturing_scores_lower_on_non_leading_than_listening() -> None:
    lecturing = list(SKILLED)
    lecturing[3] = "一社に頼るのは危険です。取引先を分散させるべきだと思いませんか？"
    lecturing[4] = (
        "若い人が定着しないのは評価制度がないからです。まずは評価制度を整え、給与体系を見直し、教育計画を作るべきです。私どもが支援した会社でも、それで定着率が上がりました。"
    )
    worse, better = _scores(lecturing), _scores(SKILLED)
    assert better.scores["non_leading"] > worse.scores["non_leading"] + 15


def test_a_leading_turn_costs_more_than_its_turn_score_through_the_offence_rate() -> None:
    good = TurnResult(index=0, speaker="trainee", text="なるほど。", scores={"non_leading": 95.0})
    bad = TurnResult(
        index=2,
        speaker="trainee",
        text="べきですよね？",
        acts=["leading_question"],
        scores={"non_leading": 40.0},
    )
    owner = TurnResult(index=1, speaker="owner", text="そうなんですよ、本当に困っていて。")
    turns = [good, owner, bad, owner.model_copy(update={"index": 3})]
    result = score_session(turns, "ja")
    assert result.scores["non_leading"] < (95 + 40) / 2
    detail = result.details["non_leading"]
    assert detail.turn_mean == 67.5
    offences = next(p for p in detail.parts if p.rate == "offences")
    assert offences.value == 0.5 and offences.points < 0
    assert abs(sum(p.points for p in detail.parts) - detail.score) <= 0.2


def test_a_conversation_without_a_trainee_turn_gets_no_scores() -> None:
    assert score_conversation([], "ja").scores == {}
    owner_only = [Utterance(speaker="owner", text="今日はよろしく。")]
    result = score_conversation(owner_only, "ja")
    assert result.scores == {} and isinstance(result.scores, dict)


def test_english_conversation() -> None:
    turns = [
        Utterance(speaker="trainee", text="Thank you for your time today."),
        Utterance(
            speaker="owner",
            text="Our sales have been flat for years and we rely on one big customer.",
        ),
        Utterance(speaker="trainee", text="You rely on one big customer. How did that come about?"),
        Utterance(speaker="owner", text="They came to us twenty years ago and grew with us."),
    ]
    result = score_conversation(turns, "en")
    assert result.lang == "en"
    assert result.turns[2].scores["deep_dive"] is not None
