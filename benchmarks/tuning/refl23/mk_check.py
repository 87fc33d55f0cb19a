"""Build refl23's own check set (written before any rule was changed): reflections and near misses."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

JA: list[tuple[str, str, list[str]]] = [
    ("最近、若い社員がすぐ辞めちゃうんですよ。", "若い方がすぐ辞めてしまう、と。", ["reflection"]),
    ("最近、若い社員がすぐ辞めちゃうんですよ。", "若い社員さんは今何人いらっしゃいますか？", ["closed_question"]),
    ("最近、若い社員がすぐ辞めちゃうんですよ。", "若い方がすぐ辞めてしまうんですね。どんな辞め方が多いんでしょう。", ["reflection", "open_question"]),
    ("最近、若い社員がすぐ辞めちゃうんですよ。", "若い社員が辞めるのは、給与水準が低いからだと思いますよ。", ["advice"]),
    ("最近、若い社員がすぐ辞めちゃうんですよ。", "若い人が辞めるのが続くと、社長もさぞご不安でしょうね。", ["empathy"]),
    ("父が会長として、まだ毎朝工場に来るんです。", "お父様が、今も毎朝工場に来られる。", ["reflection"]),
    ("父が会長として、まだ毎朝工場に来るんです。", "会長は毎朝何時ごろ来られるんですか？", ["closed_question"]),
    ("今日は色々話せてよかったよ。また来てください。", "ありがとうございます。ぜひまた来させてください。", ["other"]),
    ("じゃあ、今日はこのへんで。次は来月ですね。", "はい、来月また伺います。本日はお時間をいただきありがとうございました。", ["other"]),
    ("売上はここ三年横ばいでね。悪くはないんだけど。", "悪くはないけれど、三年横ばいが続いている、ということですね。", ["reflection"]),
    ("売上はここ三年横ばいでね。悪くはないんだけど。", "三年横ばいなら、そろそろ新商品を出す時期ですね。", ["advice"]),
    ("売上はここ三年横ばいでね。悪くはないんだけど。", "三年横ばいということは、社長としては焦りを感じておられるはずです。", ["empathy"]),
    ("職人の高齢化が進んでて、一番若いのでも五十五なんです。", "一番若い方でも五十五歳。", ["reflection"]),
    ("職人の高齢化が進んでて、一番若いのでも五十五なんです。", "五十五歳の方は、あと何年くらい働けそうですか？", ["closed_question"]),
    ("職人の高齢化が進んでて、一番若いのでも五十五なんです。", "高齢化が進んでいるなら、技能の継承を急がないといけないですね。", ["advice"]),
    ("銀行からは、もっと数字を見ろって言われるんですけど、苦手でね。", "数字は苦手、とおっしゃいましたが、どのあたりが一番おっくうですか？", ["reflection", "open_question"]),
    ("銀行からは、もっと数字を見ろって言われるんですけど、苦手でね。", "数字が苦手なのは、きちんと教わる機会がなかったからではないでしょうか？", ["leading_question"]),
    ("息子に任せたいけど、まだ頼りないんだよなあ。", "任せたい気持ちはあるけれど、まだ頼りなく感じていらっしゃる。", ["reflection"]),
    ("息子に任せたいけど、まだ頼りないんだよなあ。", "息子さんは今おいくつですか？", ["closed_question"]),
    ("息子に任せたいけど、まだ頼りないんだよなあ。", "頼りないと思うなら、まずは小さな仕事から任せてみるといいですよ。", ["advice"]),
    ("うちは地元の学校給食の納入がメインなんです。", "給食の納入がメインなんですね。", ["reflection"]),
    ("うちは地元の学校給食の納入がメインなんです。", "給食の納入はいつ頃から始められたんですか？", ["closed_question"]),
    ("正直、前のコンサルには騙されたと思ってます。", "騙された、と思うほどのことがあったんですね。", ["reflection"]),
    ("正直、前のコンサルには騙されたと思ってます。", "前のコンサルはどちらの会社でしたか？", ["closed_question"]),
    ("正直、前のコンサルには騙されたと思ってます。", "コンサルに騙されたと感じるのは、契約内容を確認しなかったからではありませんか？", ["leading_question"]),
    ("毎晩遅くまで見積もりを作ってて、家族とも話せてないです。", "毎晩遅くまで見積もりで、ご家族と話す時間もない。", ["reflection"]),
    ("毎晩遅くまで見積もりを作ってて、家族とも話せてないです。", "見積もりはソフトを使えばもっと早く作れますよ。", ["advice"]),
    ("取引先が一社、来月で契約を切るって言ってきてね。", "来月で契約を切ると言われたんですね。それは突然のことだったんでしょうか。", ["reflection", "closed_question"]),
    ("取引先が一社、来月で契約を切るって言ってきてね。", "その取引先は売上の何割くらいを占めていますか？", ["closed_question"]),
    ("私の代で店を閉めるのは、ご先祖に申し訳なくてね。", "自分の代で閉めるのは、ご先祖に申し訳ないというお気持ちなんですね。", ["reflection"]),
    ("社員には言ってないんですが、実は体調があまり良くなくて。", "社員の方にはまだ伝えていない、体調のこと。", ["reflection"]),
    ("社員には言ってないんですが、実は体調があまり良くなくて。", "体調が悪いなら、早めに病院で診てもらった方がいいですよ。", ["advice"]),
    ("ネットで売りたいんだよ。とにかく早く始めたい。", "とにかく早く始めたい、というお気持ちが強いんですね。", ["reflection"]),
    ("ネットで売りたいんだよ。とにかく早く始めたい。", "ネットで売るなら、まずは楽天に出店するのが一番早いですよ。", ["advice"]),
    ("ネットで売りたいんだよ。とにかく早く始めたい。", "ネットで売るとしたら、どんな商品から始めたいとお考えですか？", ["open_question"]),
    ("去年、工場長が辞めてから現場がバラバラなんです。", "工場長が辞められてから、現場がバラバラになってしまった。", ["reflection"]),
    ("去年、工場長が辞めてから現場がバラバラなんです。", "現場がバラバラなのは、社長が現場に出ていないからだと思います。", ["advice"]),
    ("去年、工場長が辞めてから現場がバラバラなんです。", "工場長が辞められたのは、どういう経緯だったんですか？", ["open_question"]),
    ("今日は来てくれてありがとう。話を聞いてもらえて少し楽になったよ。", "少し楽になったと言っていただけて、私もうれしいです。また伺いますね。", ["other"]),
    ("そろそろ時間ですね。今日は長々と話してしまって。", "いえいえ、長々となんてとんでもないです。貴重なお話をありがとうございました。", ["other"]),
]

EN: list[tuple[str, str, list[str]]] = [
    ("We lost our biggest customer in March.", "You lost your biggest customer in March.", ["reflection"]),
    ("We lost our biggest customer in March.", "How much of your revenue was that customer?", ["closed_question"]),
    ("We lost our biggest customer in March.", "Losing a customer that size usually means your pricing was off.", ["advice"]),
    ("We lost our biggest customer in March.", "So you must be worried about making payroll now.", ["empathy"]),
    ("My daughter wants to take over, but she's only been here a year.", "She wants to take over, and you're not sure a year is enough.", ["reflection"]),
    ("My daughter wants to take over, but she's only been here a year.", "What does she do here now?", ["open_question"]),
    ("My daughter wants to take over, but she's only been here a year.", "A year is plenty. You should give her a real role right away.", ["advice"]),
    ("I've been doing the books myself at night for ten years.", "So for ten years, the books have been your night job.", ["reflection"]),
    ("I've been doing the books myself at night for ten years.", "Accounting software would cut that down to an hour a week.", ["advice"]),
    ("The younger staff don't listen to me anymore.", "It feels like the younger ones have stopped listening to you.", ["reflection"]),
    ("The younger staff don't listen to me anymore.", "How many younger staff do you have?", ["closed_question"]),
    ("The younger staff don't listen to me anymore.", "That's probably because you haven't explained your reasons to them.", ["advice"]),
    ("Honestly, I'm tired of banks telling me what to do.", "You've had enough of banks telling you how to run things.", ["reflection"]),
    ("Thanks for coming all this way. It was good to talk.", "It was good to talk with you too. Thanks for having me.", ["other"]),
    ("Let's stop here for today. Same time next month?", "Same time next month works for me. Thank you for your time today.", ["other"]),
    ("We make everything by hand. That's what customers pay for.", "The handwork is what your customers are paying for.", ["reflection"]),
    ("We make everything by hand. That's what customers pay for.", "Handmade is great, but you need to automate at least part of it.", ["advice"]),
    ("We make everything by hand. That's what customers pay for.", "So you must be proud of keeping everything handmade.", ["empathy"]),
    ("I don't really know what my margins are on each product.", "You're not sure what each product actually earns you.", ["reflection"]),
    ("I don't really know what my margins are on each product.", "Each product should have a costing sheet; it's the first thing I'd set up.", ["advice"]),
    ("My father still comes in every day and overrules my decisions.", "Your father is still here every day, and he overrides what you decide.", ["reflection"]),
    ("My father still comes in every day and overrules my decisions.", "Why don't you just tell him you're in charge now?", ["advice"]),
    ("We had a fire in the warehouse two years ago and we're still recovering.", "Still recovering, two years after the fire.", ["reflection"]),
    ("We had a fire in the warehouse two years ago and we're still recovering.", "Was the warehouse insured?", ["closed_question"]),
    ("I want to grow, but not so fast that I lose control.", "Growth, yes, but at a pace where you stay in control.", ["reflection"]),
    ("I want to grow, but not so fast that I lose control.", "Controlled growth usually means hiring a second manager first.", ["advice"]),
    ("Nobody in the office wants to learn the new system.", "It sounds like the office staff are resisting the new system.", ["reflection"]),
    ("Nobody in the office wants to learn the new system.", "It sounds like you need better training for them.", ["advice"]),
    ("I'm not sure why I even applied for this program.", "You're not quite sure what brought you here.", ["reflection"]),
    ("Anyway, that's enough for today. Thanks for listening to an old man.", "Thank you for your time. I enjoyed listening, and I'll see you next month.", ["other"]),
]


def build() -> None:
    for lang, rows in (("ja", JA), ("en", EN)):
        with (HERE / f"check_{lang}.jsonl").open("w", encoding="utf-8") as fh:
            for n, (owner, sup, labels) in enumerate(rows, 1):
                item = {
                    "id": f"r23{lang}-{n:03d}",
                    "lang": lang,
                    "context": [{"speaker": "owner", "text": owner}],
                    "utterance": sup,
                    "labels": labels,
                    "split": "own",
                }
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
