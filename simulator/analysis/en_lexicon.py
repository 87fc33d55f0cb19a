"""English cue patterns for the act rules: openings, tags, question words and word classes.

Patterns look at one sentence (stripped) unless noted; all are case-insensitive.
"""

from __future__ import annotations

import re

from .acceptance import EN as _ACCEPTANCE

_I = re.IGNORECASE


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?\n]+|$)")
LEAD_IN = r"^\W*(?:(?:and|so|but|ok|okay|well|now|also|then|right|i see|got it|mm+|hm+|sure),?\s+)?"
AUX = (
    r"do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|shall|should|may|might|"
    r"must|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|won't|wouldn't|"
    r"can't|couldn't|shouldn't|mind if"
)
AUX_START = rx(rf"{LEAD_IN}({AUX})\b")
WH_START = rx(rf"{LEAD_IN}(what|why|how|where|when|who|whom|whose|which|in what way)\b")
WH_WORD = rx(r"^(what|why|how|where|when|who|whom|whose|which|in what way)\b")
# single-fact questions are closed (per the labelling guide): when, who, how many/much/long ...
WH_FACT = rx(
    # (not where a feeling or a thought comes from: "where do you think that comes from?" asks his
    # account, r22a s04 T10's English twin)
    r"^\W*(?:(?:and|so|but|ok|okay|well|now|then),?\s+)?(when|who|whom|whose|which|"
    r"where(?!(?: do| does| did)?(?: you think)?(?: (?:it|that|this|the|your|all|those)(?: [\w']+){0,3})"
    r" (?:comes?|came|stems?|stemmed|is coming|was coming) from\b)|"
    r"how (many|much|long|old|often|big|far|soon))\b|\bwhat (year|time|percentage|share|age|size)\b|"
    r"\bwhat('s| is| are| was| were) (the|your|last year's|this year's|the company's|the shop's) "
    r"(annual |monthly |yearly |average |total |current |profit |gross |net |sales )?"
    r"(averages?|totals?|numbers?|percentages?|shares?|ratios?|age|size|prices?|costs?|revenues?|"
    r"turnover|sales|profits?|headcount|margins?|budgets?|figures?|earnings|income|rent)\b|"
    r"\bwhat did (you|the company|the shop|the business|the firm) (make|earn|sell|turn over|"
    r"bring in|spend)\b"
)
OPINION = rx(
    r"\b(think|feel|felt|see|mean|makes? you|believe|imagine|expect|want|hope|worry|matters?|"
    r"important|prefer|like best|proud)\b"
)
REQUEST = rx(
    r"^\W*(?:(?:and|so|ok|okay|well|now|then|please),?\s+)?(tell me|walk me through|describe|explain|"
    r"talk me through|say more|share more|help me understand|elaborate|go on|fill me in|"
    r"i'd love to hear|i would love to hear|i'd like to hear|i would like to hear|i'm curious|"
    r"(could|can|shall) we (start|begin) with|"
    r"i am curious|give me an example)|"
    r"\b(could|can|would|will) you (please )?(tell|say|describe|explain|walk|talk|share|elaborate|"
    r"give me an example|paint|help me understand)|\bsay (a bit |a little |some )?more\b|"
    # "Before we get into the form, I'd love to hear how…" (r11b s06)
    r"(,\s+|[—–-]\s*)(i'd|i would) (love|like) to hear\b"
)
PROMPT = rx(
    r"^\W*(and then|and\?|so\?|then what|go on|what happened next|what then|meaning\?|such as\?|"
    r"for example\?|how so|and after that|tell me more|and\.\.\.)"
)
LOGISTICS = rx(
    r"\b(take (some )?notes|next (time|meeting|visit|week|month)|schedule|what time|my card|"
    r"say that again|repeat that|didn't catch|(?<!you could )(?<!you can )record (this|the|our)|send you|parking|restroom|the agenda|shall we (start|begin|get started)|"
    r"a good time|before we (start|begin)|coffee|tea\b|get started)\b|"
    # a date proposed for the next meeting ("Does Thursday at ten work for you?"): acts17
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|this afternoon|"
    r"at (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)( ?(am|pm|o'clock))?)\b"
    r"[^.?!]{0,30}\b(work|suit|be (ok|okay|good|convenient|alright|all right))\b"
)
CHECK = rx(
    r"\b(is that (right|correct|it|fair|accurate)|did i get that right|have i got that right|"
    r"am i right|do i have that right|does that sound right|is that a fair|did i understand|"
    r"have i understood|had that straight|got that straight|that's what you're (telling|saying)|"
    r"(those|these) are the (two|three|main|things)|(are|were) (those|these) the|"
    r"does (that|this) sound (about |roughly )?(right|fair|accurate)|"
    r"is that (about |roughly |more or less )?(right|correct|fair|accurate)|(did|have) i (miss|missed|leave|left) "
    r"(anything|something|out)|anything i('ve)? missed|is that how you see it|am i (on the right track|close)|"
    r"does (that|this) (sum|capture|reflect)|have i got (it|that|this)|is that what you mean|the gist|"
    r"that about right|that's the (arc|picture|story|gist)|"
    r"would that be (fair|right|accurate)|does that capture)\b"
)

LEADING = rx(
    r"\b(don't|do not|wouldn't|would not|isn't|is not|aren't|shouldn't|doesn't|won't)"
    r" (you|it|that|this|the|there|they|we|your)\b.*\?|"
    r"\b(don't you think|wouldn't you (say|agree)|wouldn't it be|you'd agree|you would agree|"
    r"surely|obviously|clearly the|you must (admit|agree|see)|are you sure|is it just that|"
    r"isn't the (real|main|actual|underlying)|have you considered that|have you thought that|"
    r"isn't that because|isn't it because)\b|"
    r",\s*(right|correct|no|yes|agreed|surely)\s*\?|"
    r",\s*(do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|isn't|aren't|"
    r"don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't)(n't| not)?"
    r" (you|they|it|we|he|she|there|i|that)\s*\?|"
    r",?\s*(don't you think|wouldn't you say|wouldn't you agree)\s*\?|"
    r"^\W*(could|might|can) it be that\b|^\W*is it possible that\b|"
    r"^\W*(maybe|perhaps) (?!you (could|can) (tell|say|share|explain|describe|walk|give me|help me)\b)"
    # "Maybe it's easier from something concrete: which decisions end up on your desk?" offers a way
    # in, then asks (r23b s06 T3): no guess of hers after a colon
    r"(you|the|it|he|she|they|your|that|this|their)\b[^.!:]*\?\s*$|"
    r"\b(just|simply|really) (afraid|scared|worried|lazy|stubborn)\b[^.!]*\?\s*$"
)

# (issue 8, round 17) the hedged and the lecturing shapes of a proposal, shared by PROPOSAL and
# STRONG_PUSH: what "many firms" do with his problem, "it could work (well) for you", "X alone won't
# …", "otherwise … usually fail"
OTHERS_SOLVE = (
    r"\b(a lot of|lots of|most|many|plenty of|other|some) ([\w-]+ ){0,3}(companies|firms|businesses|shops|owners|"
    r"manufacturers|makers|workshops|factories|plants|stores|bakeries|restaurants)\b[^.?!]{0,40}?\b(solve[sd]?|"
    r"fix(es|ed)?|handle[sd]?|tackle[sd]?|deal(s|t)? with|cope[sd]? with|get(s)? around|got around|address(es|ed)?|"
    r"overc[oa]me|get(s)? through|got through|beat) (this|that|it|the|their|such|those|these)\b"
)
WORKS_FOR_YOU = (
    r"(?<!what )(?<!which )(?<!how )(?<!when )\b(it|that|this|they|those|these) (could|would|might|will|should|may|can) "
    r"(really |also |actually |probably |definitely |just )?(work|do|pay off) (really |very |quite )?(well |wonders |"
    r"nicely |great |fine )?for (you|your (company|firm|business|shop|team|place)|a (company|firm|business|shop) like yours)\b"
    r"(?![^.?!]*\?)|\b(it|that|this) (could|would|might|will) (really |probably )?suit you\b(?![^.?!]*\?)"
)
ALONE_WONT = (
    r"\b(alone|by itself|on its own|in itself|by themselves) (won't|will not|doesn't|does not|isn't going to|"
    r"is not going to|can't|cannot|isn't enough|is not enough|won't be enough|will never|never)\b"
)
USUALLY_FAILS = (
    r"\botherwise\b[^.?!]{0,60}\b(fail|fails|struggle|struggles|flop|flops|go under|goes under|won't (work|sell|last|grow))\b|"
    r"\b[\w-]+ (sites|shops|stores|projects|businesses|companies|systems|launches|ventures) (usually|often|mostly|"
    r"almost always|tend to|typically) (fail|flop|struggle|go under|go nowhere|don't work)\b"
)
PROPOSAL = rx(
    r"\byou('d better| had better|'d best)|\byour [\w' -]{0,30}\b(should(?! be proud)|must|needs? to|has to|ought to)\b|"
    # "we can stop whenever you need to go": a courtesy, not a push (r12b blind play)
    r"\b(we|the company|you guys) (should|must|need to|have to)\b|"
    r"(?<!whenever )(?<!any time )(?<!anytime )(?<!if )(?<!when )(?<!nothing )(?<!anything )\byou (really |definitely |probably |just |certainly )?(gotta|should|shouldn't|need to|must(?! be| have been| feel)|"
    r"ought to|have to|'ll want to|might want to|may want to|could try|could consider|might consider)|"
    r"\bi('d| would)? (strongly )?(recommend|suggest|advise|propose)(?!ed\b)|"
    r"\byou (really |definitely |probably |just |certainly )?need (a|an|more|better|some|new)\b|"
    r"\b(companies|firms|businesses|owners|shops|people) (that|who)? ?[\w ]{0,40}\btend to\b|"
    r"\b(is|are|'s) (very |really |quite |too )?(risky|dangerous|a risk|a mistake|essential|crucial|critical|vital)\b|"
    r"\b(is|are|'s|would be) (a )?(real|big|huge|serious|major) (risk|danger|gamble|mistake)\b|"
    r"\bclassic\b|\b(would|will) (reduce|improve|increase|help|solve|fix|boost|cut|lower)\b|\bmy (advice|recommendation)|"
    r"(?<!what )(?<!which )(?<!what else )\bhave you (considered|thought about|tried)(?! (that|what|why|how|where|when|who|which|whether))(?!\s*[?.,!]| so far| yet| before| already)|"
    r"\bwhy don't you|\bwhy not\b|\bhow about\b(?! (your|the|his|her|their|you|him|them|when|what|how|why|where|who|that|this|those|these)\b)|\bwhat about (trying|using|hiring|starting|setting|"
    r"introducing|launching|creating|making|moving|cutting|raising)|"
    r"\bit('d| would) be (better|best|wise|good|smart)|\bthe best (way|thing|approach)|"
    # her course recommended: "I think the easiest way is to start on Rakuten first" (r23b s04 T2)
    r"\bthe (easiest|quickest|simplest|fastest|cheapest|smartest|safest|surest) (way|thing|option|route|move|bet)"
    r"( for you| here| to go)? (is|would be|'s) (probably |just |simply )?to\b|"
    r"\b(the|your) first step (is|would be|should be) (to|a|an|the)\b|\bi('d| would) (start|begin) (with|by)\b|"
    r"\byou('d| would) be better off\b|"
    r"\bthe (key|answer|solution|trick|secret|fix|cure) is|(?<!so )(?<!think )(?<!say )(?<!feel )(?<!believe )(?<!guess )\bthe (real )?(problem|issue|cause) is\b(?!\s*\?)|"
    r"(?<!whenever )(?<!any time )(?<!anytime )(?<!if )(?<!when )(?<!nothing )(?<!anything )\byou (kind of |really |do |actually )*need (one|it|that|to|a|an)\b|\byou can't keep\b|"
    r"\b(a lot of|most|many) (owners|people|companies|businesses) (think|say|believe|assume)\b|\busually there's\b|"
    r"\beveryone else\b|\bevery other (company|business|owner|firm|shop)\b|\byou can if you\b|"
    r"\bthat's what every (owner|one|business)|\b(please )?(have|bring|prepare|send)( me)? (the |your )?"
    r"([\w-]+ ){0,3}(financials|accounts|statements|numbers|figures|books|org chart|breakdown)\b|"
    r"\b(most|many|a lot of) ([\w-]+ ){0,3}(shops|businesses|companies|firms|owners)\b[^.]{0,40}\b(end up|waste|fail|struggle|go under|drift)|"
    r"\bis how (a lot of|most|many) (businesses|companies|shops|firms)|\bprocess consultation\b|"
    r"\bthat's (a|an|the|just a) [\w-]+ (problem|issue)\b|"
    r"\bthe (first|next|best|right|obvious) (step|move|thing to do|thing you should do|thing you need to do)"
    r"( for you)? (is|would be|will be|should be|has to be|must be)\b|"
    r"\bwhat you (really |actually |probably |just |first )?(need|should do|have to do|must do|want to do) (is|are|first)\b|"
    r"\byou (could|can|might|should) (start|begin|kick off) (with|by)\b|"
    # the supporter's priority for his business ("I think the most important thing is to fix the
    # staffing first, then the equipment", r20a s02 t8): a diagnosis and a plan, unasked
    r"(?<!for you, )(?<!for you )(?<!to you, )(?<!you said )(?<!you feel )(?<!you think )(?<!you feel that )"
    r"(?<!you said that )\bthe (most important|main|first|key|biggest|top|number one|real|single most important) "
    r"(thing|priority|step|task|job|fix)( for you| here| now| for the company| for the business)? "
    r"(is|would be|will be|has to be|should be)( to| that you| for you to)? (?!(you|your|what|how|why|whether|for you to tell)\b)[a-z]+\b(?![^.?!]*\?)|"
    r"\b(fix|sort out|sort|deal with|tackle|handle|address|solve|settle|start with|focus on|get) (the |your )?[\w -]{1,25}? first,? "
    r"(and )?then\b|"
    r"\bmy (advice|recommendation|suggestion|tip) (is|would be|for you)\b|"
    r"\byou('d| would) be better|\b(let's|let us)\b(?! (wrap|stop|finish|end|meet|pick|continue|take a|leave it|call it|go back|stay|talk|think|look back|sum|recap|see if I|start with (the basics|a few|some (easy |quick |simple )?(questions|basics)|an? (easy|simple|quick|few))|begin with (the basics|a few)|start (there|here)))|"
    r"\bi think you\b|\b(in general|generally|generally speaking|typically|normally),|"
    r"\bmost (companies|firms|businesses|smes)|\bstandard approach|\bbest practice|"
    r"\b(other|many|most|successful|some) (firms|companies|businesses|shops|owners|manufacturers|smes)\b|"
    r"\b(is|are) the (priority|key|answer|solution|first step|way forward|fastest fix)|"
    r"\b(could|would|might) be (one|an|a good|a) (option|idea|way|approach)|\bone (option|way) (is|would be)|"
    r"\bif (this|that|nothing) (continues|changes|goes on)(?![^.?!]*\?)|\bwon't survive|"
    r"\bunless you (act|change|do something|start|fix|address|deal)|"
    r"\byou can't afford|\bpart of your job|\byour job (is|as)|\bthe fastest fix|"
    r"\byour [\w' -]{0,30}\bneeds? (a|an|more|better|clearer|some|new|proper|to)\b|"
    r"\b(in )?(most|many) ([\w-]+ ){0,2}(companies|firms|businesses|shops|owners|smes|manufacturers|"
    r"family businesses)\b|\b(could|can|will|would) (reduce|improve|increase|help|solve|fix|boost|cut|"
    r"lower|save) (your|the|their|costs|sales)\b|"
    # "It's important to document …" (「〜が大事ですよ」), "Maybe you could sit down with …"
    r"\b(it's|it is) (really |very |so )?(important|essential|crucial|vital|key) (to|that)\b"
    r"(?! (you|him|her|them)\b)|"
    r"\b(maybe|perhaps) you (could|can)\b(?! (say|tell|explain|share|describe|walk|give me|help me))|"
    r"\byou could (always |just |also )?(sit|talk|ask|hire|set|make|give|put|use|bring|get|look|"
    r"introduce|hold|write|offer|train|outsource|sell|move|raise|cut|launch|create)\b|"
    # taking sides, diagnoses and "what works" in passing
    r"\b(isn't|is not|aren't|are not) (really |actually )?the (real )?(problem|issue|answer)\b|"
    r"\byour [\w-]+ (is|are) (right|correct|wrong)\b(?! (there|here|now|behind|beside|next|with|in|at|on|to be))|\bi wouldn't worry\b|"
    r"\bi'd (go with|start with|start by|begin with|look at|look into)\b|"
    r"\bevery (business|company|shop|firm|owner) (needs|should|has to)\b|"
    r"\b(a lot of|most|many|plenty of) (owners|people|companies|businesses|shops|firms) (find|swear by|use|go with)\b|"
    r"\b(you|u) (basically|just|probably|clearly) need\b|\bu need\b|\bu shou?ld\b|\bshoud\b|"
    # hedged, rhetorical and experience-framed proposals
    r"\b(it )?(might|may|could|would) (well )?be worth\b|\bworth a (try|shot|look|go)\b|"
    r"\bsomething to think about (is|would be)\b|\bi wonder if you'?d (benefit|be better|do better)\b|"
    r"\bnothing stops you\b|\bwouldn't it make sense\b|\bisn't it time\b|\bshouldn't you\b|"
    r"\bwouldn't you be better\b|\byou'?d (probably |definitely |certainly )?do better\b|"
    r"\byou'll (need|want) (to|a|an|some|clear|proper|more)\b|"
    r"\b(sounds|looks) (more )?like (a|an) [\w&-]+( [\w-]+)? problem( to me| from where)\b|"
    r"\bthat's not (really |quite |entirely )?(true|right|the case|fair)\b|"
    r"\bi'm not sure (it's|that's) (a|the|fair|really)\b|\bi don't think it's (the|a|an|your|really)\b|"
    r"\bit's more likely\b|\bthat's (the|your) (fix|bottleneck|answer)\b|\byou are the bottleneck\b|"
    r"\bpersonally,? i'?d\b|\bi'?d (lease|set up|get|cut|start|focus|hire|sell|close|keep|drop|put|"
    r"negotiate|outsource|raise|lower|switch|invest|build|launch|spend|ask|appoint|look for)\b|"
    r"\bthat'?d be my (instinct|advice|suggestion|call)\b|\bjust a thought\b|\bthat's (standard|the norm)\b|"
    r"\b(in many cases|often|usually) it helps to\b|\bone thing [\w ]{0,20}(overlook|forget|miss)\b|"
    r"\bin my (view|opinion|experience),? (the|it|you|your|that|they|a|most)\b|"
    r"\byou're never too\b|\b(usually|typically|normally|generally) when\b|"
    r"\bthe (obvious|smart|sensible|right) (move|call|thing)\b|\bthe thing (is|then),? (you|to)\b|"
    r"\b(is|are) (usually|often|rarely|not usually) the (problem|issue|answer)\b|"
    r"\bmight be worth a shot\b|\bit'?ll pay for itself\b|\bmakes a (real|big|huge) difference\b|"
    # disguised proposals (issue 8, round 13): "You could film the steps…", "It's worth asking…",
    # "What's worked for others is…", "You might find it helps to…", "If I were you…"
    r"^\W*((so|then|maybe|perhaps|also|or|and|well|honestly),? )*you could (also |always |just |even )?"
    r"(?!(say|tell|see|feel|hear|sense|imagine|argue|call it|put it|never|not|only|still|hardly|barely|"
    r"have|be|do with|use a break|go on|lose|end up|get stuck|get burned|go under|easily)\b)[a-z]+\b(?![^.?!]*\?)|"
    r"\b(usually|typically|generally|often|always|mostly|really|all) comes? down to\b|"
    r"\b(it's|it is|it'd be|it would be) (really |definitely |probably |always |well |also )?worth "
    r"(?!(hearing|asking you|knowing what you|noting that you)\b)[a-z]+ing\b|"
    r"\b(what's|what has|something that's|something that has|one thing that's) (really )?(worked|helped) "
    r"(for|at) (other|others|many|most|a lot|some)\b|"
    r"\byou (might|may|will|'ll) find (it|that) (helps|pays|works)\b|\bit (often |usually |really |always )?helps to\b|"
    r"\bi wonder (if|whether) [^.?!]{0,60}\b(might|would|could) (help|work|make sense|be worth|take)\b|"
    r"\b(most|many|a lot of|plenty of|other) [\w-]+ (in your (position|shoes|situation)|like yours)\b|"
    r"\bthe (first|next|one) thing i'?d do\b|\bif i were you\b|\bif it were me\b|\bin your (shoes|position),? i'?d\b|"
    # what "businesses like yours" do, told him (acts17, t10): "Typically firms your size bring in
    # a part-time bookkeeper", "Shops like yours usually smooth that out with…"
    r"\b(businesses|companies|firms|shops|owners|places|outfits|bakeries|restaurants|practices|workshops) "
    r"(like yours|like this one|of your size|your size)\b(?! (are|were|have been|keep|make|matter)\b)[^.?!]{0,30}"
    r"\b(smooth|handle|use|solve|deal|hire|set|rely|switch|move|bring|sell|get|outsource|spread|lock|sign|"
    r"build|keep|cover|plan|run|fix|tackle|manage|automate|offer|charge|raise|cut|invest)\w*\b|"
    r"\b(typically|usually|normally|generally|often|most of the time),? (businesses|companies|firms|shops|owners|"
    r"places|people) (like yours|like you|of your size|your size|in your (position|shoes|situation))\b|"
    # a verdict of risk on his situation ("That much reliance on one buyer is a real weak spot",
    # "If they switch suppliers, you're in trouble")
    r"\b(is|are|'s|would be) (a )?(real |big |huge |serious |major |genuine |dangerous )?(vulnerability|weak spot|"
    r"weakness|liability|exposure|single point of failure|ticking (time )?bomb|time bomb)\b|"
    r"\bif (they|he|she|it|that|the [\w-]+|your [\w-]+) [^.?!]{0,40}, you('re| are| 'll be|'ll be| will be) "
    r"(in (real |big |serious )?trouble|done|finished|sunk|toast|in a (real )?hole)\b|"
    # what others do with his problem, recommended to him in passing (r17a s02 T4: "a lot of machining
    # companies solve the labour shortage with foreign interns… It could work well for you")
    rf"{OTHERS_SOLVE}|{WORKS_FOR_YOU}|"
    # a lecture that denies his plan ("a website alone won't grow sales", "otherwise EC sites
    # usually fail", r17a s06 T4): the supporter's verdict on what works, however it is framed
    rf"{ALONE_WONT}|{USUALLY_FAILS}"
)
# a pep talk ("You're the boss, so be more confident and just go ahead", "You're overthinking
# it", r12b blind play): the supporter telling him how to feel or what he may do is advice
PEP_TALK = rx(
    r"\b(be|feel|sound|act|get) (more |a bit more |a little more |much more )?(confident|positive|bold|assertive)\b|"
    r"\b(believe|trust) in yourself\b|\bstand up for yourself\b|\bover-?think(ing)? (it|this|things)\b|"
    # cheerleading with nothing of his behind it ("You'll be fine, I just know it!", "You've got
    # what it takes"): his worry waved away (acts17; 「社長なら絶対大丈夫ですよ」 in Japanese)
    r"\byou('ll| will) (be (just )?(fine|ok|okay|great|all right|alright)|figure it out|nail it|smash it|make it work)\b"
    r"(?![^.!?]*\?)|\byou('ve| have) got what it takes\b|\bi (just )?know you (can|will|'ll)\b|"
    r"\b(you can do it|you always do)\s*[.!]|\bno doubt (about it|in my mind)\b|"
    r"\byou('re| are) over-?thinking\b|\byou('ve| have) got this\b|\bjust go for it\b|"
    r"\byou can (just |always )?(make (that|the|this) call|go ahead|decide that|push it through)( yourself| on your own)?\b|"
    r"\byou('re| are) the (boss|president|md|managing director|owner|successor|ceo)\b,? (so|and) "
    # "…and you can't / don't…?" holds his role against him (a challenge, r14a), it cheers nothing on
    r"(you (can(?!['’]t)|should|just)|can(?!['’]t)|should|just|be|go|don't)\b"
)
# a verdict on his practice ("a paper ledger is really outdated", r12b blind play): a diagnosis,
# never empathy; group 4 is the verdict word (his own, given back, is no verdict)
VERDICT = rx(
    r"\b(is|are|'s|looks?|seems?|sounds?|feels?) (really |very |pretty |a bit |quite |so |rather |kind of |a little |"
    r"just |far too |too |definitely |honestly )*(?P<word>outdated|old-fashioned|out of date|behind the times|inefficient|"
    r"wasteful|a waste of time|(not|no) (a )?(good|great|sensible|smart) (way|idea|system|approach))\b"
)
# a closed question carrying a verdict on him ("Even though you're the president, your father
# still decides?", r12a blind play): the supporter's surprise, for him to defend
VERDICT_Q = rx(
    r"^\W*(but )?(even though|although|despite being|despite the fact that)\b|"
    r"\b(even though|despite being) (you're|you are|you've been|the)\b"
)
# a question about his own ideas ("What have you thought about trying?", "What do you think you
# should do about it?", "What would you like to try?"): an open question, never a proposal
HIS_IDEAS = rx(
    r"^\W*((and|so|then|ok|okay|well|honestly|and so),? )*([^?.!]{0,50}(—|–| - |,|:)\s*)?(what|which|how)\b[^?]{0,20}?\b("
    r"(have|had) you (already )?(thought about|considered|tried|looked at|looked into|been thinking|come up with|had in mind)|"
    r"(do|did) you (think|feel|reckon|believe) (you|we|the (company|shop|firm|business)|your [\w-]+) "
    r"(should|could|might|need to|ought to|want to|would|'d)|"
    r"would you (like|want|prefer|choose) to (try|do|change|start|keep|fix)|"
    r"ideas (have|do|did) you|options (have|do|did) you (see|have|considered)|"
    r"(are|were) you (thinking|planning|considering) (of|about)?)\b[^?]*\?\s*$|"
    r"^\W*((and|so|then|ok|okay|well),? )*have you (thought|been thinking) about (what|how|which|where|whether) you\b[^?]*\?\s*$"
)
POLITE_PROPOSAL = rx(
    r"\bwhy don't you|\bwhy not\b|\bhow about\b(?! (your|the|his|her|their|you|him|them|when|what|how|why|where|who|that|this|those|these)\b)|\bwhat about [\w-]+ing\b|"
    r"(?<!what )(?<!which )(?<!what else )\bhave you (considered|thought about|tried) [\w-]+ing\b|"
    r"^\W*(would|might|could|will) it (help|be worth|make sense|be an idea) (to|if)\b|"
    r"\b(might|could) (it|that) be worth\b|\bwhat if you (tried|started|hired|asked|moved|brought|let|gave|"
    r"raised|cut|talked|spoke|set|made|put)\b|"
    r"\bcould you (maybe |perhaps |possibly |not )?(try|consider|hire|outsource|bring in|get someone|use an?|ask the)\b"
)
IMPERATIVE_START = rx(
    r"^\W*((then|so|just|maybe|honestly|ok|okay|sure|first|second|third|next|personally|in that case|"
    r"again|seriously|really|going forward|from now on|next time|in future|in the future)[,:.]? )*"
    r"(try|consider|start|stop|focus|make sure|remember|hire|invest|introduce|switch|raise|give it|"
    r"be patient|wait (a|until|for)|sit down with|talk to (them|him|her|your)|let (them|him|her)|"
    r"cut|launch|set up|look into|think about|delegate|build|create|put(?! (it|that) (in|into) (your|words))|"
    r"don't forget|forget about|"
    r"assign|give them|set|get rid|ask (them|your)|hold|write|review|offer|train|reduce|increase|"
    r"change|drop|sell|move|outsource|automate|digitize|digitise|implement|"
    # "Clearance sale. Get it out the door." "Negotiate." "Do it this week." "Go to the bank first."
    r"get(?! (back|to know|a (sense|feel|picture) of (how|what|where|why)))|go to(?! the (next|point))|"
    r"take it|take on|do it|do that|negotiate|spend|close (it|the|that|down)|chase|audit|upgrade|lease|"
    r"have a go|appoint|keep (it|them|the|your|an|a)|use (a|an|the|your|some)|stick (to|with)|"
    r"call (them|him|her|the|your)|register (for|with|your)|apply for|join (a|an|the)|add (a|an|the|some|more)|"
    r"fix (it|the|that|your)|replace|hand (it|him|her|them|over)|bring in|cancel|streamline|simplify|"
    r"standardi[sz]e|advertise|partner with|bundle|list (it|them|your)|"
    r"lean into|invest in|phase out|tighten|renegotiate|insist)\b"
)
INFO = rx(
    r"\b(from what i've read|i've (seen|read) (figures|data|numbers|reports|that|a report)|"
    r"(studies|research|statistics|the data|figures|surveys?) (show|shows|say|says|suggest)|"
    r"according to|in my experience|\b(in|across) (this|your|the) (sector|industry|trade|field)\b|"
    r"\beverywhere\b|\bwe see (that|this|it) (a lot|all the time|often|everywhere)|"
    r"\b(very |quite |really |a )?common (problem |issue |pattern |story )?(in|among|for|with) |"
    r"\bhappens (a lot|all the time)|\bthat's (just )?how [\w ]{0,20} (are|is|works)\b|there('s| is| are) [^.]*(subsid|grant|program|scheme|tax credit|loan))"
)
SUMMARY_MARK = rx(
    r"\b(to sum up|to summari[sz]e|summing up|in summary|let me summari[sz]e|let me recap|to recap|"
    r"so what i'm hearing is|what i'm hearing is|what i am hearing is|so far you've|so far you have|"
    r"if i put it together|(pull|put|putting|pulling) (it|that|this|these|those)( all)? together|"
    r"from what you've (told|said)|from what you have (told|said)|you've (told|mentioned) (me )?"
    r"(several|a few|two|three)|all in all|so overall|the picture i'm getting|what i'm taking away|"
    r"let me (play|reflect|read) (that |it |this )?back|so there are (two|three|a few|a couple of) things|"
    r"let me (check|make sure) i'?(ve)? (got|understood|understand)|in short|let me sum (it |that |this )?up|"
    r"so far i'?(ve)? (heard|understood|got)|here's what i'?(ve)? heard)\b"
)
# a give-back that names what the owner means, not only their words; "It sounds like you…"
# reads the owner's own situation (a paraphrase), "It sounds like a common problem" does not
STRONG_REFLECT = rx(
    r"\b(you're saying|you are saying|you mean|in other words|so you feel|what you're saying|"
    r"you feel|it feels like)|"
    r"\b(sounds like|seems like|seems that|feels like|as if)( for)? (you|you're|you've|your|he|she|they|"
    r"he's|she's|they're|there's no)\b"
)
OPEN_WH_ANY = rx(
    r"\b(in what way|how so|what kind of|what sort of|why|how come|what (was|is) it like)\b"
)
# "What you tell me stays with me": a relative clause, not a question (without "?")
WH_RELATIVE = rx(rf"{LEAD_IN}(what|how|where|when|why|who)\s+(you|i|we|they|he|she)\b")
WH_AUX_START = rx(
    rf"{LEAD_IN}(what|why|how|where|when|who|which)\s+([\w']+\s+)?"
    r"(do|does|did|is|are|was|were|would|will|could|can|should|has|have|had)\s+(you|they|he|she|it|we|your)\b"
)
REFLECT = rx(
    r"^\W*(?:(?:and|so|ok|okay|i see),?\s+)?(it's as if|it is as if|it's almost as if|as if you|"
    r"it sounds like|sounds like|it seems (like|that)|"
    r"so you feel|you feel|so you're|so you are|you're saying|you are saying|you mean|so for you|"
    r"what you're saying|in other words|it feels like)"
)
YOU_STATEMENT = rx(
    r"^\W*(?:(?:so|and|ok|okay|i see|right),?\s+)?(you|you're|you've|you'd|your|so)\b"
    r"(?! (should|need|must|could|might|may|ought|have to|will want|'ll|know|'re right|are right|can't afford|"
    r"can |are welcome|don't have to))"
)
FIRST_PERSON_START = rx(
    # "Maybe I should just listen.": the supporter's own conduct, hedged (r15a s02 T7)
    r"^\W*(?:(?:sure|ok|okay|right|well|maybe|perhaps|honestly|sorry),?\s+)?(i|i'll|i'm|i've|i'd|we|we'll|let me)\b"
)

EMPATHY = rx(
    r"\b(that must (have been|be)|(?<!there )(?<!something )must (really |have )?(be|been|feel)(?! (something|anything|some|a reason|a way|more|other)\b)|must be (hard|tough|difficult|"
    r"frustrating|exhausting|stressful|painful|lonely|worrying|unsettling)|that's (hard|tough|difficult|"
    r"frustrating|a lot|understandable|impressive|great|wonderful|completely fine|fine|okay)|"
    r"i can (imagine|see how|understand|only imagine)|i understand (how|that|why|your)|i appreciate|"
    r"thank you for (sharing|telling me (that|this|about)|being (so )?(open|honest|candid)|trusting|opening up)|sorry to hear|it's understandable|"
    r"no wonder|of course you('re| are| feel| felt)|frustrating|exhausting|stressful|heartbreaking|"
    r"disappointing|impressive|admirable|well done|remarkable|proud|worked (so )?hard|hard work|"
    r"your effort|a lot on your plate|(a lot|so much|too much) (to have |to carry |resting )?on your shoulders|(a lot|so much) to carry|(huge|heavy|big) (load|burden)|"
    r"carrying (it|that|all|everything)|(?<!you )(?<!they )(?<!he )(?<!she )(?<!we )don't worry|no pressure|"
    r"(only|whatever|what) you're comfortable|comfortable (sharing|with that)|"
    r"you don't have to|not an audit|isn't an audit|this is not an? (audit|assessment|inspection)|"
    r"nothing you say|stays between|confidential|won't (affect|leave|share)|stay out of|"
    r"work around|feel free|tough|difficult time|hard time|lonely|painful|anxious|"
    r"unsettling|upsetting|reassuring|encouraging|(great|glad) to hear(?! (any|more|about|whatever|what|how|the rest|your|from))|not your fault|"
    r"a shock|shocking|that sounds (really |so |very |incredibly )?(hard|tough|difficult|stressful|"
    r"exhausting|frustrating|painful|lonely|worrying|draining|overwhelming|like a lot|awful|terrible|"
    r"scary|daunting)|i'm (so |really )?sorry|can't have been easy|not easy|i hear you(?! (have|had|are|were|got|need|want|run|own|make|sell|do|did|just|recently|also|took|started|opened|moved|plan|bought)\b)|"
    r"makes (complete |total )?sense that you|you've done (well|so well|a great job)|(i|i'll|i will|we'll|we will) (really |deeply |truly |fully |completely )?respect|(real |deep |great |a lot of |huge )respect (for|to)|(with|out of) respect|incredible|"
    r"amazing|what an achievement|should be proud|overwhelming|"
    r"draining|daunting|scary|awful|at your (own )?pace|only share what|rather not (talk|discuss|share)|"
    r"can't have been (an |a )?(easy|simple|fun)|means (so much|a lot|everything|the world) to you|says a lot about you|"
    r"a heavy (thing|load|burden|weight)|carry\w* (it |this |that |all |everything )?(alone|by yourself|on your own)|"
    r"heart into|nothing wrong with (feeling|being)|stays (in this room|between us|here)|"
    r"nothing (here |you say |you tell me )?goes to|won't go (to|beyond|outside)|"
    # "you decide (what to share)" reassures; "what made you decide that …?" asks (r20a s06 t1)
    r"off-limits|off limits|(?<!made )(?<!did )(?<!when )(?<!why )(?<!how )(?<!helped )you decide(?! (that|to|on|whether|when)\b)|your call|up to you what|admire|natural to feel|anyone would|"
    r"(^\W*|\b(anyone|anybody|everyone|most people|i|i'd|i would|i'd be|i would be) [\w' ]{0,20})in your (position|shoes)|glad you (told|shared|mentioned)|on your own for|all on your own|"
    r"(built|created|achieved) something|took (real )?courage|you must be (feeling|tired|exhausted|worried|frustrated|proud|relieved|"
    r"disappointed|upset)|that hurts|it hurt|hurtful|courage|brave|"
    r"(must be|must have been|sounds?|seems?|looks?|can't be|can't have been|feels?) (so |really |very |quite |"
    r"pretty |incredibly |such )?(a )?(hard|tough|difficult|frustrating|exhausting|stressful|painful|lonely|"
    r"worrying|unsettling|draining|overwhelming|awful|terrible|scary|daunting|upsetting|discouraging|"
    r"disheartening|heartbreaking|demoralising|demoralizing|tiring|nerve-wracking|humiliating|"
    r"embarrassing|infuriating|maddening|sad|unfair|isolating|rough|heavy|stressful time)|"
    r"(isn't|is not|wasn't|can't be|couldn't have been|isn't ever) (been )?easy|"
    r"sorry (for|about) your|stays? (with me|with us|confidential|private)|"
    r"(won't|will not|we won't|i won't) (touch|look at|ask (about|for)|go into|push|dig into|share)|"
    r"(quite|such|real|a real|an) (an )?(achievement|accomplishment|feat|milestone)|"
    r"(makes|made) sense (that|you)|understandably|anyone (would|in your)|"
    r"you've (clearly |really |obviously )?(put|poured|given|worked|built|done|kept) (a lot|so much|"
    r"everything|your|well|hard)|you're (clearly |really )?doing (your best|well|a great|everything)|"
    r"thank you for (your honesty|being|telling|sharing|trusting|opening)|i('m| am) glad you)\b"
)
SELF = rx(r"\b(i|i'm|i've|i'd|my|me|we|we've|our|us)\b")
BOAST = rx(
    # "a regional specialty bought as a gift" is a product, "my specialty" a boast (r13b s04)
    r"\b((?<!\ba )(?<!\blocal )(?<!\bregional )(?<!\bhouse )(?<!\bthe )(?:specialty|speciality)|specialist|wheelhouse|expert|expertise|certified|credentials?|qualified|"
    r"lecture|talks a year|committee|award|track record|inside out|former|helped design|designed|"
    r"years of experience|a hundred (companies|firms|clients|businesses)|top-rated|top rated|ranked|recogni[sz]ed|named|clients|success rate|results|nationally|ran |i ran|my experience|"
    r"(\d+|hundreds|dozens|many|over \d+|more than \d+) (companies|firms|businesses|clients|cases|smes)|"
    r"i had a client|one of my clients|a client of mine|"
    r"i've (supported|helped|advised|worked with|assisted|turned around)|"
    r"i have (supported|helped|advised|worked with|assisted|turned around)|"
    r"i (helped|supported|advised|turned around) (a|an|many|several|\d+|other|similar)|"
    r"we have (experts|specialists|a team)|our (experts|specialists|network|centre|center) (has|have|can)|"
    r"leave it to (me|us)|i know (this|the|your) (industry|sector)|"
    r"ranks? (first|top|number one|no\. ?1)|first-name terms|on good terms with|"
    r"i know the (branch|bank|head|president|director|manager)|"
    r"i specialize|i specialise|i've done this|i have done this|i know (people|someone|the people|"
    r"everyone)|contacts|my network|connections|introduce you to|i used to (run|lead|manage|head)|"
    r"i was (a|the|head|director|manager)|published|my book|licensed|award|featured|on tv|"
    r"i've been doing this for|before (this|my current) (job|role|post)|"
    r"in my (previous|last|old|former|earlier) (job|role|career|life|position)|"
    r"i (worked|spent) [^.]{0,50}\bfor (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|twenty-five|thirty|many|several) years|"
    r"more [\w ]{1,30} than any(one| other| of)|sit on (the|a|an)\b[^.]{0,40}(board|committee|panel|council)|"
    r"board member|advisory board|our (chamber|centre|center|office|team|organi[sz]ation|agency) "
    r"(has|have|is|was|won|ranks|helped)\b[^.]*(best|top|most|helped|award|record|more)|"
    r"i (was|used to be) (an? |the )?(owner|ceo|president|banker|lender|director|manager|engineer)|"
    r"i('ve| have) (run|owned|started|built) (my own|a|two|three|several)|i know (exactly|precisely) how)\b"
)
# a prescription in the supporter's own voice ("you should", "I'd recommend"): an honest "I'm no
# expert" before it licenses none of it (r11b s04: "…but I've heard the market is recovering. I
# think you should invest in new machines now")
PRESCRIPTION = rx(
    r"(?<!whenever )(?<!any time )(?<!anytime )(?<!if )(?<!when )(?<!nothing )(?<!anything )\byou (really |definitely |probably |just |certainly |absolutely |still )?(should|ought to|must(?! (be|have|feel))|"
    r"need to|have to|'d better|had better|'ve got to|gotta)\b|\bi('d| would)? (strongly )?(recommend|suggest|advise)\b|"
    r"\bmy (advice|recommendation)\b|\bthe (best|right|smart) (thing|way|move) (is|would be) to\b"
)
# an offer of a solution ("Shall I put you in touch with a consultant?", "I can set up a meeting
# with a web agency"): the supporter's proposal, however politely asked (r11b s08)
OFFER = rx(
    r"\b((shall|should|can|could|may) i|(would|do) you (like|want) me to|want me to|"
    r"i (can|could|'ll|will|'d be (happy|glad) to|would be (happy|glad) to))\s+"
    r"(put you in touch|introduce you|connect you|link you up|refer you|hook you up|"
    r"set (you )?up (a|an|some) (meeting|introduction|call|session|visit)|"
    r"arrange (a|an|some) (meeting|introduction|call|session|visit)|"
    r"send (you )?(some |a few |the )?(names|contacts|details of|a list of)|find you (a|an|some))\b"
)
HUMBLE = rx(
    r"\b(i don't know|there's a lot i don't|teach me|not as much as you|far better than|"
    r"you know [^.]* (far )?better|hear it from you|i'm still learning|i'm no expert|not an expert)\b"
)
FEELING = rx(
    r"a shock|shocking|hurt|frustrat\w*|painful|disappointing|upsetting|lonely|anxious|tough|hard"
)
DENIAL = rx(
    r"\b(that's not (right|true|correct|the case|it)|that is not (right|true|correct)|"
    r"i don't think that's (right|true)|you're wrong|you are wrong|i disagree|not really the case|"
    r"that's a misunderstanding|that isn't (right|true))\b|^\W*(no|actually),\s"
)
ISSUE = rx(
    r"\b(problems?|issues?|challenges?|difficult(y|ies)|worr(y|ies|ied|ying)|concerns?|struggl\w*|"
    r"pain points?|headaches?|troubles?)\b|"
    # "What's been the hardest thing since you took over?", "What keeps you up at night?": the biggest
    # worry in other words (r20b s10 T6 in English); the hardest moment of his story ("What was the
    # hardest part of taking over?") asks for a story
    r"\bwhat('s| is|'s been| has been) (been )?the (hardest|toughest|most difficult|most stressful) (thing|part)\b|"
    r"\bkeeps? you (up|awake) at night\b"
)
BLUNT_FILLER = frozenset(
    "problem issue challenge difficulty worry concern struggle pain point headache trouble "
    "biggest big main current currently face facing top greatest have "
    "hardest toughest difficult stressful thing part keep night awake".split()
)
# small words a blunt question is made of besides the worry itself ("so what's your … now?")
BLUNT_SMALL = frozenset(
    "so what what's whats is are your you the a right now at moment these days today then well "
    "ok okay and tell me would say do at "
    # the lead-in that only announces it ("Let me ask it simply / put it bluntly: what is your
    # biggest worry running the firm?") leaves it as blunt as before
    "let ask simp direct plain blunt put question quick straight run firm "
    # "Is there anything else you're worried about?" after an apology or a change of subject
    # (r20a s02 t7): as blunt as the first time
    "there anything else about just since take over become president day".split()
)
DENIAL_ANSWER = rx(r"^\W*(no|actually),\s")
# her agreement with his view or wish ("…so it's definitely the right direction", "you're on the
# right track"): an "Actually," before it opens a case for his side, no denial of it (r23b s04 T9)
AGREES = rx(
    r"\b(definitely|certainly|absolutely|clearly|surely)( is)? (the |a )?(right|good|smart|sensible|wise) "
    r"(direction|idea|move|call|way to go|instinct|choice|thing to do|bet)\b|"
    r"\b(you're|you are) (absolutely |quite |so )?(right|onto something|on the right track)\b|"
    r"\bi (completely |totally |fully )?agree( with you)?\b|\byou have a point\b"
)
# "No, I can't promise that, but …" / "No, I'm not here to sell anything": the supporter says
# honestly what it can or will do, it does not deny the owner's view
# ... and "No, no, I'm not criticising you" / "No, sorry, that came out wrong": a self-correction
# takes back the supporter's own words (r12 blind play)
HONEST_NO = rx(
    r"^\W*no,\s+((no|sorry|wait|hang on|hold on)[,.!]?\s+)*(i|i'm|i am|i've|we|we're|we are|we don't|"
    r"we won't|that's not why i|that's not what i|nothing|that came out|that was (badly|poorly) put|"
    r"that was (a |an )?(clumsy|bad|poor|awkward|badly|poorly|rude|careless|not what)|"
    r"let me (put|say|phrase|rephrase|try)|what i meant|scratch that|forget (that|what i said)|sorry)\b"
    r"(?![^.]*\byou('re| are)? wrong\b)"
)
GENERAL_CLAIM = rx(r"^(in|across) (this|your|the) (sector|industry|trade|field)$|^everywhere$")
# empathy in forms any speaker uses, kept even when the learned layer reads the turn otherwise
# natural validations in a clause of their own (issue 8, round 13): "That's worrying", "No
# surprise you're tired", "It's natural you'd feel that", "That would wear anyone down", "You
# clearly care about this place"; any speaker's words, kept against the learned layer too
EMP_NATURAL = (
    r"^\W*(it's|it is|it can be|that's) (so |really |very |always |just |incredibly )?(hard|tough|painful|disheartening|"
    r"demoralising|demoralizing|frustrating|exhausting|lonely|heartbreaking|discouraging|upsetting|draining|"
    r"gutting|galling) (when|to (watch|lose|hear))\b|"
    r"^\W*(oh,? |oof,? |ouch,? |mm+,? )?(that's|that is|it's|it is|that sounds|sounds) (really |very |so |genuinely |quite )?"
    r"(worrying|a (real |big )?worry|a (real |big |heavy |huge )?(strain|weight|toll))\b|"
    r"\b(no|small|little) (surprise|wonder) (you|you're|you've|you'd|he|they|that you)\b|"
    r"\b(it's|it is|that's|that is) (only |perfectly |completely |totally )?(natural|normal|human|no surprise) "
    r"(that )?((you('d| would| might)?|to) (feel|worry|hesitate|have (doubts|mixed feelings)|be (\w+ )?(worried|tired|wary|"
    r"nervous|upset|frustrated|anxious|cautious|torn|exhausted|hesitant|angry|hurt|scared))|you're (\w+ )?(worried|tired|wary|"
    r"nervous|upset|frustrated|anxious|cautious|torn|exhausted|hesitant|angry|hurt|scared))\b|"
    r"\b(would|could|will) ((wear|grind) (anyone|anybody|most people) down|get to (anyone|anybody|most people))\b|"
    r"\b(takes?|taking|taken|took) (a|its|a real|a heavy) toll\b|"
    r"\bi('d| would) (be|feel) (\w+ )?(tired|worn out|exhausted|drained|stressed|anxious|nervous|shaken|rattled|"
    r"worried|frustrated|upset|angry|hurt|lost) (too|as well|myself|in your place)\b|"
    r"\bwhat a (year|time|few (months|years|weeks)|stretch|week|month|road|journey) (you've|you have|it's been|that's been|that must)\b|"
    r"\b(it's|it has|that's|that has|it must have|that must have) been (such |a )?(a )?(really |very |so )?(long|hard|rough|tough|"
    r"difficult|draining|lonely|brutal|heavy) (year|stretch|few (months|years|weeks)|road|run|season)\b|"
    r"\bi (can )?(hear|see|tell) how (hard|tired|worried|stretched|worn|heavy|difficult|tough|lonely|much you care|"
    r"much (this|that|it|they|he|she|the [\w-]+) (matters?|means?|weighs?|hurts?))\b|"
    r"\b(that|it) (really )?stings?\b|\b(must|would|will) sting\b|"
    # "It sounds like that weighed on you", "the business takes a lot out of you" (acts14)
    # (statements only: "Does it take a lot out of you?" asks how he feels)
    r"\b(weigh|weighs|weighed|weighing|weighs heavily|weighed heavily|weighing heavily) (heavily |so much |a lot )?"
    r"on you\b(?![^.!?]*\?)|"
    r"\b(takes?|taking|took|taken) (a lot|so much|everything|it all) out of (you|the two of you)\b(?![^.!?]*\?)|"
    r"\byou (must be|sound|seem|look) (so |really |very |pretty |completely |absolutely )?(worn out|worn down|exhausted|"
    r"drained|tired|run down|running on empty|stretched thin|at the end of your tether|spent|"
    r"stretched|overwhelmed|stressed|under (a lot of |real |so much )?pressure|fed up|frustrated|worried|anxious|"
    r"torn|discouraged|disheartened|weary|shaken|rattled|hurt|upset)\b|"
    r"\byou('ve| have) done (remarkably|incredibly|really|amazingly|extraordinarily|very|so) well\b|"
    r"\bhow much you care\b|\byou (clearly|really|obviously|genuinely|truly) care (about|for|deeply)\b|"
    r"\blucky to have you\b|\b(that|it) (takes|took) (guts|grit|nerve|real (courage|commitment|grit))\b|"
    r"^\W*(that's|that is) (a |such a )?(real |strong |clear |deep |genuine |big |heavy |huge )"
    r"(commitment|dedication|loyalty|sense of (urgency|responsibility|pride|duty)|responsibility|pride)\b"
)
EMP_STRONG = rx(
    r"\b(that (sounds|sounded) (hard|tough|difficult|exhausting|lonely|painful|stressful|frustrating|"
    r"like a lot)|(a|such a) (big|hard|tough|difficult|brave|bold|huge) (decision|call|choice|step)|"
    r"you('ve| have) (clearly )?(been|put) (through|so much|a lot)|"
    r"(i can|i could) (hear|feel|sense) (how|that|the)|comes through(?![^.!?]*\?)|"  # not "how much comes through it?"
    r"(thanks|thank you) for (being|saying|telling|letting|your honesty|the honesty)|"
    r"(really |truly )?(proud of|means a lot|close to your heart)|makes (complete |total )?sense "
    r"(that|you)|anyone would (feel|be)|i'd (feel|be) the same)|"
    + EMP_NATURAL
)
EMPATHY_IN_QUESTION = rx(
    r"\b(that must|must (really )?(have been|be|feel)|i can (imagine|only imagine|see how)|i('m| am) (so |really )?sorry|"
    r"thank you for|thanks for|that sounds|sounds (really |so |very )?(hard|tough|difficult|lonely|painful)|"
    r"i hear you(?! (have|had|are|were|got|need|want|run|own|make|sell|do|did|just|recently|also|took|started|opened|moved|plan|bought)\b)|understandabl|no wonder|i appreciate|can't have been easy|of course you)"
)
EMPATHY_MORE = rx(
    r"\b(as much or as little|whatever you('re)? (like|want|comfortable)|only what you (want|like|choose)|"
    r"at whatever pace|no need to (share|talk|go into|sort|figure|decide|answer|rush|put it|have it))\b"
)
# greetings, thanks, introductions, logistics: never a give-back
SOCIAL = rx(
    r"\b(thank you(?! for (sharing|telling|being|trusting|opening|your honesty))|thanks(?! for (sharing|telling|being|trusting|opening))|"
    r"nice to meet|pleasure to meet|good (morning|afternoon|evening)|see you|my name is|i'm [A-Z][a-z]+ from|"
    r"no problem|not at all)\b"
)
# asking leave ("Can I take a few notes?"): logistics unless a question word follows
PERMISSION = rx(
    r"^\W*(?:(?:and|so|ok|okay|well|now|then|first),?\s+)?((can|may|could) i (take|jot|write|record|have|use|call|"
    r"start|sit|borrow|leave|send|get)|do you mind if i (take|record|jot|write|sit|start|use)|"
    r"is it (ok|okay|alright|all right) if i (take|record|jot|write|sit|start|use))\b"
)
EXCLAMATION = rx(r"^\W*what (a|an)\b")

# a question that refers back to the owner's last turn ("So, how…", "how do you feel about
# that?"): never a topic switch
REFERS_BACK = rx(
    r"^\W*(so|and|then),?\s+(how|what|why)\b|\byou (mentioned|said|told me|were saying|talked about|brought up)\b|"
    r"\b(earlier|a moment ago|a minute ago|just now),? you\b|\bgoing back to\b|\bcoming back to\b|"
    r"\b(about|with|by|to|from|after|of|handle|handled|do|did) (that|it|this|those|them)\s*([?.!,]|$)|"
    r"\b(that|this) (made|makes|make|left|leaves) you\b|\bwhen (that|it) happened\b|"
    r"\b(see it that way|all that|at the time|through that|how (did|do) you feel)\b"
)
# owner points listed in a give-back (summary items), and the closing check of one
ITEM_SPLIT = rx(r"[,;:.!]+|\s(and|but|plus|while|whereas|on top of (that|it)|as well as)\s")
ITEM_COUNT = rx(
    r"\b(two|three|four|2|3|4|a (few|couple of)) (things|points|issues|problems|worries|pressures|sides)\b"
)

# a prescription: what the owner should do, even as an answer to the owner's own question
STRONG_PUSH = rx(
    r"(?<!whenever you )(?<!any time you )(?<!anytime you )(?<!if you )(?<!when you )"
    r"(?<!nothing you )(?<!anything you )"  # "There's nothing you need to decide today" (acts17)
    r"\b(should|(?<!that )(?<!it )(?<!this )(?<!which )must(?! (be|have|feel|'ve))|ought to|had better|'d better|(?<!no )(?<!no real )need to|needs to|have to|has to)\b|"
    r"\bwhy (don't you|not)\b|\bhow about\b(?! (your|the|his|her|their|you|him|them|when|what|how|why|where|who|that|this|those|these)\b)|(?<!what )(?<!which )(?<!what else )\bhave you (considered|thought about|tried)\b(?!\s*[?.,!]| so far| yet| before| already)|"
    r"\bi('d| would)? (strongly )?(recommend|suggest|advise|propose)\b|\bmy (advice|recommendation)\b|"
    r"\bthe (best|right) (way|thing|approach|option)\b|\bthe (key|answer|solution|trick|fix) is\b|"
    r"\b(let's|let us)\b(?! (wrap|stop|finish|end|meet|pick|continue|take a|leave it|go back|stay|recap|sum|start with (the basics|a few|some (easy |quick |simple )?(questions|basics)|an? (easy|simple|quick|few))|begin with (the basics|a few)|start (there|here)))|"
    r"^\W*(try|start|stop|focus|hire|invest|switch|raise|cut|launch|delegate)\b|"
    r"\b(always|never) (works|fails)\b|\bis (essential|crucial|a must|the way to go)\b|"
    # "You need a clear target customer first": a prescription, even inside an answer he asked for
    r"(?<!whenever )(?<!any time )(?<!anytime )(?<!if )(?<!when )(?<!nothing )(?<!anything )(?<!what )"
    r"\byou (really |just |first |still )?need (a|an|more|better|some|new|proper|clear|clearer)\b|"
    rf"{ALONE_WONT}|{USUALLY_FAILS}|{WORKS_FOR_YOU}"
)

# a point-blank demand for an abstract answer ("So what's your vision?", "What are your goals?")
PRESSING = rx(
    r"\bwhat('s| is| are)\s+(your|the company's|the)\s+(\w+\s+)?(vision|goals?|strateg(y|ies)|mission|"
    r"long-term plan|dream|ambition|philosophy)\b"
)
PRESSING_FILLER = frozenset(
    "vision goal goals strategy strategies mission plan dream ambition philosophy long-term term "
    "company business overall real so then your president".split()
)

# the owner's words attributed back to the owner ("You said it's the same everywhere"): what
# follows is the owner's view, not the supporter's information or advice
ATTRIBUTION = rx(
    r"\b(you (said|mentioned|told me|were saying|put it|wrote|put down|noted|listed)|as you (said|put it|wrote)|in your (words|view|eyes)|"
    r"on (the|your) (application )?form|"
    r"as you see it|from where you (sit|stand)|the way you see it)\b"
)
# a credential denied ("Honestly I'm not a manufacturing expert", "I'm no IT specialist"): modesty,
# never a boast; its words are blanked before the BOAST lists are read
NEGATED_CREDENTIAL = rx(
    r"\b(i'm|i am|i'm really|i am really) (not|no|hardly|far from) (really |exactly |much of |quite )?(an? )?"
    r"([\w-]+ ){0,3}(expert|specialist|professional|pro|authority)s?\b|"
    r"\bi (don't|do not) have (any |much |the )?([\w-]+ ){0,2}(expertise|credentials|track record)\b|"
    # an apology for one's own manner ("I didn't mean to lecture you", "I'm not here to lecture"):
    # the word of the boast names what the supporter takes back
    r"\b(i|i'm|i am|i was)( really)? (didn't|did not|don't|do not|never|not|wasn't|was not) "
    r"(mean|meant|want|trying|try|here|going|intend|intending)( at all)? to ([\w-]+ ){0,2}"
    r"(lecture|preach|show off|boast|brag|talk down|teach|sound like an expert)[^.?!]*"
)
# track record the BOAST list misses: media, books, contacts, size of the organisation
BOAST_MORE = rx(
    r"\b(on speed dial|wrote (a|the) book|my book|(been|was|appeared) on (tv|the radio|the [\w ]{1,30}show)|"
    r"we know everyone|know everyone worth knowing|(hundreds|thousands|\d[\d,]*) (of )?(local )?"
    r"(firms|companies|clients|businesses)|keynote|i('ve| have) (won|been awarded))\b"
)
# a count of clients the supporter has served ("We've launched shops for twenty food makers",
# "we have helped over thirty shops go online", "I set up online stores for dozens of farms"):
# track record, whatever the verb; a count of years or things is none (r18b)
_COUNT = (
    r"(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|a hundred|hundreds|dozens|scores)"
)
CLIENT_COUNT = rx(
    r"\b(i|we)('ve| have| had)? (also |already |personally )?(helped|supported|assisted|advised|launched|"
    r"built|set up|opened|created|designed|turned around|worked with|served|coached|taken|brought|got)\b"
    r"[^.?!]{0,40}?\b((for|with|to|of) )?(over |more than |about |around |nearly |almost |some |well over )?"
    + _COUNT
    + r"( of)?( [\w-]+){0,2}? (makers|producers|processors|suppliers|wholesalers|vendors|traders|dealers|growers|companies|firms|businesses|clients|shops|stores|brands|"
    r"restaurants|farms|factories|manufacturers|retailers|sellers|merchants|breweries|bakeries|"
    r"workshops|smes|enterprises|owners|members|sites|websites)\b"
)
# acknowledgements the EMPATHY list misses
EMPATHY_EXTRA = rx(
    r"^\W*(that's|that is|sounds) (rough|tough|hard|brutal|harsh|a gut punch|heartbreaking)\b|"
    # "Oh no, I didn't mean it that way, sorry": her own slip taken back, no feeling of his (r21a s06 T7)
    r"\bgut punch\b|^\W*oh no\b(?![,!.\s]*(,\s*)?(i|i'm|i am|sorry|that's not what|that is not what|not at all|no,)\b)|"
    # a blow named ("That's a big blow", "What a setback"): acts17, t10
    r"^\W*(oh,? |oof,? |ouch,? )?(that's|that is|that was|what) (a |such a )?(big |real |huge |hard |heavy |serious |"
    r"terrible |nasty |cruel )?(blow|setback|betrayal|kick in the teeth)\b|"
    # a life's work acknowledged ("You've given this place a lot", "That's a whole career built here")
    r"\byou('ve| have) (given|put|poured) (this|it|that|the \w+|your \w+) (place |business |shop |firm |company )?"
    r"(a lot|so much|everything|your (life|all|best|heart)|years)\b|"
    r"\b(a|an) (whole|entire) (career|life|lifetime|working life) (built|spent|given|in)\b|\bi can hear (how|that|the)\b|\bthat's a (lot|hard thing|heavy thing) to\b|"
    r"\bi'd (be|feel) (wary|the same|frustrated|upset|angry|worried|nervous)\b|\b(completely|perfectly|totally) understandable\b|"
    r"\bareas you'd rather (we|i) (stay|stayed|kept)|rather (we|i) stayed out|"
    r"\b(that kind of|such) (reliability|dedication|commitment|care|loyalty|craftsmanship)\b|"
    r"\bexactly why (your )?(customers|people|clients|staff)\b|\bis (a|your) real strength\b|"
    # empathy without the stock "that must be hard" (refl20): "Of course you'd be wary.", "I can see
    # why that would sting.", "I'd be gun-shy after that too.", "That would wear anyone down.",
    # "Ouch.", "Rough timing.", "What a headache."
    r"\bof course you('d| would)( \w+)?( be| feel)\b|\bi can (see|understand) why (that|this|it|you)\b|"
    r"\b(i'd|i would|anyone would|anybody would) (be|feel) (\w+ ){0,2}(too|as well)\b|"
    r"\b(i'd|i would) (be|feel) (absolutely |really |pretty |so )?(furious|livid|gutted|devastated|heartbroken|"
    r"exhausted|scared|terrified|fed up|worn out|rattled|shaken|hurt|anxious|cautious|gun-shy)\b|"
    r"\b(nobody|no one|no-one) (likes|enjoys|wants) (doing |having |being |to )?\w*|"
    r"\b(wears|grinds) (you|anyone|a person|people) down\b|\btakes (a|its) toll\b|\btakes it out of you\b|"
    r"\bwould (\w+ ){0,2}(anyone|anybody)( down| out)?\b|\bwould (sting|hurt|rattle|shake)\b|"
    r"^\W*(ouch|oof|ugh)\b|\b(rough|terrible|awful|brutal|cruel|bad) timing\b|"
    r"^\W*what a (headache|nightmare|mess|slog|grind|shame|blow|worry|strain|week|year)\b|"
    r"\b(a|such a) real strain\b|\b(is|that's|that is) a (real |heavy |big )?(strain|load) (on|for)\b|"
    r"^\W*(sounds|must be|must have been|that's|that sounds) (so |really |pretty )?(lonely|nerve-wracking|"
    r"nerve-racking|draining|maddening|infuriating|disheartening|gutting|wearing|miserable|grim|discouraging|"
    r"demoralising|demoralizing|upsetting|worrying|unnerving)\b|"
    + EMP_NATURAL
)
# a rhetorical question that grants his feeling ("Who wouldn't be worn out after that?"): empathy,
# no question asked (refl20)
RHETORICAL_EMP = rx(
    r"^\W*(who (wouldn't|would not|could blame you|can blame you|would blame you)|"
    r"(and )?(can|could) (anyone|you) blame (you|yourself))\b"
)
# a sentence fragment that names his feeling ("Must be nerve-wracking.", "Sounds exhausting."):
# no question without a question mark (refl20)
EMP_FRAGMENT = rx(r"^\W*(must (really )?(be|have been|feel)|sounds|seems)\b")
# "Sounds like that decision still weighs on you", "It's as if his approval is what's at stake for
# you": his inner state given back (with REFLECT), not the supporter's reading of his business (refl20)
INNER_STATE = rx(
    r"\b(weighs? on|weighing on|bothers?|bothering|worries|worrying|eats? at|eating at|stays? with|sticks? with|"
    r"haunts?|nags? at|pulls? at|tugs? at)( you| your)\b|"
    r"\b(matters?|important|at stake|means? (a lot|so much|everything)) (to|for) you\b|"
    r"\byou('re| are)? (still )?(feel|feeling|torn|wondering|hoping|worried|afraid|scared|unsure|not sure|missing|carrying|holding)\b|"
    r"\bpart of you\b"
)
# the supporter's own diagnosis, put as the problem ("So your real problem is that your prices are
# too low", "…your pricing is the real problem"): advice, unless the problem word is his (refl20)
DIAGNOSIS_STATED = rx(
    r"\b(your|the) (real|main|actual|underlying|core|biggest|root|whole) (problem|issue|cause)( here)? (is|was)\b(?![^.!?]*\?)|"
    r"\bis (the|your) (real|main|actual|underlying|core|biggest|root) (problem|issue|cause)\b(?![^.!?]*\?)"
)
# an inner split given back ("Part of you wants…, and part of you…")
SPLIT_REFLECT = rx(r"^\W*(and |so )?(part of you|on the one hand|a part of you)\b")

# an explicit change of subject ("Switching gears", "On another note"): a topic jump
CHANGES_TOPIC = rx(
    r"\b(switching gears|on (a different|another) (note|topic)|changing the subject|different topic)\b"
)

# a reassurance about what becomes of his words ("nothing you say goes into any grant decision",
# "this isn't an audit", "it stays between us"): the guideline's 安心感, which the owner hears as
# warmth, but no acknowledgement of his feelings or effort, so it is praised as a reassurance
REASSURANCE = rx(
    r"\b(nothing (here |you say |you tell me |of this )?(goes|gets|will go)|nothing you (say|tell me)|"
    r"stays? (between us|in this room|with me)|between (us|you and me)|confidential|"
    r"won't (affect|leave|be shared)|won't go (to|beyond|outside)|"
    r"(not|isn't|is not) an? (audit|assessment|inspection|evaluation)|"
    r"grant (decision|application|review)s?|(loan|credit) (decision|review)s?)\b"
)
# ... and acceptance of a line he drew, or leaving him free ("That's fine, we can leave it there",
# "I'm not here to audit anything", "any part of it you want to share"): fa14, r14b blind play
REASSURANCE = rx(REASSURANCE.pattern + "|" + _ACCEPTANCE)
# ... his limits left to him ("if it's something you'd rather not talk about, that's fine", "this
# isn't for any assessment"): the same 安心感, no feeling of his named (r23b s01 T9 in English)
REASSURANCE = rx(
    REASSURANCE.pattern
    + r"|\b((you'd|you would) )?rather not (talk|go|get|say|share|discuss|answer)\b|"
    r"\b(you'd|you would) prefer not to (talk|say|share|discuss|answer|go)\b|"
    r"\b(isn't|is not|not|wasn't) for (any|an) (assessment|audit|evaluation|inspection|review)\b"
)

# the guideline's question on the areas he would rather she left alone ("Is there anything you'd
# prefer I didn't touch on?", "Are there any topics you'd rather we left alone?"): a reassurance put
# as a question that invites him to name them, no closed question of fact (r23a s09 T10)
BOUNDARY_Q = rx(
    r"\b(anything|any (topics?|areas?|subjects?|parts?|questions?|things?)|anywhere|something|"
    r"what|which (topics?|areas?|subjects?|parts?))\b[^.?!]{0,40}\b(you'd|you would|you) "
    r"(prefer|rather|like)( that| it if)? (i|we) (didn't|did not|not|don't|do not|left|leave|kept|keep|"
    r"stayed|stay|avoided|avoid|skipped|skip|steered|steer)\b|"
    r"\b(anything|any (topics?|areas?|subjects?|parts?|questions?|things?)|what|which (topics?|areas?))\b"
    r"[^.?!]{0,40}\b(off[- ]limits|off the table|you'd rather (not (talk|go|get|discuss|touch)|keep (to yourself|private|off))|"
    r"you('d| would) prefer not to (talk|go|get|discuss)|you('d| would)n't want (me|us) to (ask|touch|go|bring))"
)

# an apology for one's own manner ("I'm sorry", "that was my assumption"): a repair the owner hears
# as courtesy, but no acknowledgement of his feelings or effort (playtest r10: no empathy praise)
APOLOGY = rx(
    r"\b(i'm sorry|i am sorry|sorry|my apologies|i apologi[sz]e|apologies|my (assumption|mistake|fault)|"
    r"i put my own words|clumsy (question|of me))\b"
)
