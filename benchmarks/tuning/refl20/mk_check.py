"""Own check set of task refl20, written BEFORE any rule change (2026-12-07 23:10 UTC); kept aside, not tuned on."""
import json

JA = [
 ("後継ぎのことは、息子に任せたい気持ちもあるし、まだ早いって気もするし…", "つまり、任せたいお気持ちと、まだ早いというお気持ちの両方がおありなんですね。", ["reflection"]),
 ("設備を入れ替えるかどうか、ずっと迷ってるんですよ。銀行にも相談してないし。", "入れ替えるかどうか、まだご自分の中で決めかねていらっしゃる、と。", ["reflection"]),
 ("あの取引先には昔、ずいぶん無理を聞いてもらったんだ。だから値上げなんて言えないよ。", "昔の恩があるから、値上げを切り出しにくいというお気持ちなんですね。", ["reflection"]),
 ("三年前に息子と大喧嘩してね。それ以来、会社の話はしてないんだ。", "そのときのことが、今もずっと心に引っかかっていらっしゃるんですね。", ["reflection"]),
 ("コンペで負けたんだよ。うちの方が絶対いいもの作れるのに。", "悔しさもおありなんですね。", ["reflection"]),
 ("新しい機械は便利だと思うよ。でも職人の勘が要らなくなるのは寂しい。", "便利さは認めていらっしゃる一方で、職人の勘が生きなくなる寂しさも感じていらっしゃるんですね。", ["reflection"]),
 ("売上はまあまあなんだけど、なんか手応えがないんだよね。", "数字はそこそこでも、手応えがない、という感じでしょうか。", ["reflection"]),
 ("社員には言えないけど、正直、来年どうなるか分からないんだ。", "社員の方には見せられない不安を、お一人で抱えていらっしゃる。", ["reflection"]),
 ("配達の若い子がまた辞めちゃってね。これで今年三人目。", "また辞めてしまわれたんですね。三人目となると、がっかりされますよね。", ["reflection", "empathy"]),
 ("父のやり方を変えたいんだけど、古参の社員が反発するんです。", "変えたい気持ちはあるのに、古くからの社員さんとの間で板挟みになっている、という感じでしょうか。", ["reflection"]),
 ("補助金の書類、何回出しても差し戻されるんだよ。", "何度出しても戻ってくる、と。うんざりされるのも無理はないですね。", ["reflection", "empathy"]),
 ("値上げしたらお客さんが離れるんじゃないかって、それが怖くてね。", "お客さんが離れてしまうのが怖い、というお気持ちなんですね。", ["reflection"]),
 ("妻が体を壊してから、店は私一人で回してる。", "奥様の分まで、ずっとお一人で背負ってこられたんですね。", ["reflection", "empathy"]),
 ("銀行の担当が変わってから、急に態度が冷たくなってね。", "担当が代わってから扱いが変わった、というのが腑に落ちないところなんですね。", ["reflection"]),
 ("正直、この商売にまだ未来があるのかどうか、分からなくなってるんです。", "続けていく意味そのものが、揺らいでいらっしゃるように聞こえます。", ["reflection"]),
 ("息子に継がせたいけど、苦労させたくない気持ちもある。", "継いでほしい思いがある一方で、苦労はさせたくないとも感じていらっしゃるんですね。", ["reflection"]),
 ("うちの社員はよくやってくれてるんだけど、給料を上げてやれないのが申し訳なくて。", "社員さんへの申し訳なさを、ずっと抱えていらっしゃるんですね。", ["reflection"]),
 ("大手が近くに出店してきてね、客が目に見えて減った。", "目に見えて減ってしまった、と。焦りもおありでしょうね。", ["reflection", "empathy"]),
 ("やりたいことは山ほどあるんだけど、日々の仕事で手一杯でさ。", "やりたいことはあるのに、目の前の仕事に追われて手が回らない、ということですね。", ["reflection"]),
 ("あの時、工場を広げなければよかったのかなって、今でも思うんだ。", "あの判断が良かったのか、今も引っかかっていらっしゃるんですね。", ["reflection"]),
 ("取引先に急に切られてね。十五年の付き合いだったのに。", "十五年のお付き合いが急に…。それはこたえますね。", ["reflection", "empathy"]),
 ("三十年やってきて、最近ようやく娘が手伝ってくれるようになった。", "娘さんが手伝ってくださるようになって、心強さも感じていらっしゃるのかなと思いました。", ["reflection"]),
 # near misses
 ("最近、現場が回らなくてね。残業も増えてる。", "ということは、やはり人手不足が原因なんですね。", ["advice"]),
 ("うちの製品は、地元のスーパーにしか置いてないんです。", "つまり、販路が狭いのが一番の問題ということですね。", ["advice"]),
 ("創業して二十年、ずっと黒字でやってきました。", "社長は本当に経営の才能がおありなんですね。", ["other"]),
 ("最近、夜も眠れなくてね。", "それはおつらいですね。まずは税理士さんに資金繰りを相談されるといいですよ。", ["empathy", "advice"]),
 ("職人が高齢化してて、技術が途切れそうなんです。", "要するに、技術承継の仕組みがないのが問題なんですね。", ["advice"]),
 ("去年から売上が二割落ちてね。", "二割ですか。それは厳しいですね。どの商品が落ちているんですか？", ["reflection", "empathy", "open_question"]),
 ("家族経営だから、なあなあになっちゃうところはあるね。", "ご家族だからこそ、なあなあになりやすいと感じていらっしゃる。それは、役割分担を決めていないからではないでしょうか？", ["reflection", "leading_question"]),
 ("新しいことを始めたいとは思ってるんだ。", "素晴らしいですね！社長のような前向きな方はなかなかいません。", ["other"]),
 ("ネットで売ったほうがいいのかなとは思うんだけど。", "ネット販売は今や必須ですよ。やらない理由はないと思います。", ["advice"]),
 ("仕入れ値がまた上がってね、参ったよ。", "お気持ち、よく分かります。値上げはいつ頃されたんですか？", ["empathy", "closed_question"]),
 ("うちは昔からこのやり方なんだよ。", "昔からのやり方を大事にされているんですね。でも、時代に合わせて変えないと取り残されますよ。", ["reflection", "advice"]),
 ("売上のことは、まあ、なんとか。", "本当は、売上が一番のご心配なんですよね？", ["leading_question"]),
 ("社員旅行、今年もやろうと思ってね。", "いいですね。どちらに行かれるんですか？", ["open_question"]),
 ("この前、初めて新卒を採ったんですよ。", "社長のご判断はさすがですね。", ["other"]),
]

EN = [
 ("I've asked them three times to clean up the yard and nothing changes.", "No wonder you're tired of it.", ["empathy"]),
 ("I do the books, the hiring, the deliveries, everything. My partner left last year.", "That's a lot to carry on your own.", ["empathy"]),
 ("A customer posted a one-star review saying we were rude. We've served her for ten years.", "I can see why that would sting.", ["empathy"]),
 ("We've had three audits this year and each one takes two weeks.", "Sounds exhausting.", ["empathy"]),
 ("The last advisor who came here sold us software we never used.", "Of course you'd be wary.", ["empathy"]),
 ("I want my son to take over, but I'm not sure he's ready. Sometimes I think I should just sell.", "So part of you wants to hand it to your son, and part of you wonders if selling would be simpler.", ["reflection"]),
 ("Every time the phone rings, I think it's the bank.", "It's as if you're always waiting for the other shoe to drop.", ["reflection"]),
 ("I built this place from nothing and now the kids want to change everything.", "It makes sense that you'd feel protective of it.", ["empathy"]),
 ("My best welder just quit with no notice.", "Ugh, that's rough timing.", ["empathy"]),
 ("I haven't had a day off since March.", "You must be running on empty.", ["empathy"]),
 ("I'm fine with change, I just don't want it forced on my people overnight.", "So it's not change itself you mind, it's the pace.", ["reflection"]),
 ("Honestly I don't trust banks. They pulled our line of credit in 2009.", "Sounds like that experience still shapes how you see them.", ["reflection"]),
 ("The new owners of the mall doubled our rent.", "Doubled. No wonder you're angry.", ["reflection", "empathy"]),
 ("I'm proud of what we've built, but I'm exhausted.", "You're proud of it, and at the same time you're worn out.", ["reflection"]),
 ("My dad keeps second-guessing every decision I make.", "It sounds like you feel you're never really trusted to run it.", ["reflection"]),
 ("We tried an online shop, it flopped, and I lost a lot of money on it.", "I'd be gun-shy after that too.", ["empathy"]),
 ("Our staff have been working double shifts through the holidays.", "That's a real strain on everyone.", ["empathy"]),
 ("I keep telling myself next year will be better.", "So you're hoping things turn around, but part of you isn't so sure.", ["reflection"]),
 ("My brother runs the shop floor and I run sales, and we barely talk anymore.", "Part of you wants to fix it, and part of you is just tired of trying.", ["reflection"]),
 ("Our landlord won't fix the roof and it leaks every time it rains.", "What a headache.", ["empathy"]),
 ("I've been covering the night shift myself for six weeks.", "Six weeks of nights on top of everything else. That would wear anyone down.", ["reflection", "empathy"]),
 # near misses
 ("Sales have been flat for two years.", "So it sounds like your pricing is the real problem.", ["advice"]),
 ("I've kept the same suppliers for thirty years.", "You're clearly a brilliant businessman.", ["other"]),
 ("I'm worn out from the night shifts.", "That sounds exhausting. You should hire a night manager.", ["empathy", "advice"]),
 ("We lost our biggest customer last month.", "I understand how hard that is. How much of your revenue was that?", ["empathy", "closed_question"]),
 ("Overtime's been creeping up all year.", "So basically you're understaffed, right?", ["leading_question"]),
 ("We started doing catering on weekends.", "That's a brilliant move, you're clearly ahead of the curve.", ["other"]),
 ("I don't have time to think about marketing.", "I hear you. But honestly, marketing is the one thing you can't skip.", ["empathy", "advice"]),
 ("We have about forty regular customers.", "Forty regulars. Which of them have been with you the longest?", ["reflection", "open_question"]),
 ("My accountant says we should cut costs.", "It's as if the accountant doesn't understand the business at all, isn't it?", ["leading_question"]),
]

with open("check_ja.jsonl", "w", encoding="utf-8") as f:
    for i, (c, u, labels) in enumerate(JA, 1):
        f.write(json.dumps({"id": f"r20ja-{i:03d}", "lang": "ja", "context": [{"speaker": "owner", "text": c}], "utterance": u, "labels": labels, "split": "own"}, ensure_ascii=False) + "\n")
with open("check_en.jsonl", "w", encoding="utf-8") as f:
    for i, (c, u, labels) in enumerate(EN, 1):
        f.write(json.dumps({"id": f"r20en-{i:03d}", "lang": "en", "context": [{"speaker": "owner", "text": c}], "utterance": u, "labels": labels, "split": "own"}, ensure_ascii=False) + "\n")
print(len(JA), len(EN))
