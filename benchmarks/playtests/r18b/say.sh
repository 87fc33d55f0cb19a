#!/bin/bash
# usage: say.sh NN "text"
cd /work/wt/play18; export PLAY_DB=/tmp/play18b.db
R=/work/playtest_r18b/raw
SID=$(grep '^session:' $R/s$1.txt | head -1 | awk '{print $2}')
{ echo; echo ">>> SAY: $2"; } >> $R/s$1.txt
.venv/bin/python play.py say $SID "$2" > /tmp/say_$1.out 2>&1
cat /tmp/say_$1.out >> $R/s$1.txt
echo "=== s$1"; cat /tmp/say_$1.out
