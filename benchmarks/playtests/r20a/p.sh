#!/bin/bash
# usage: p.sh NN new OWNER lang seed | p.sh NN say SESSION "text" | p.sh NN end SESSION
NN=$1; shift
cd /work/wt/play20; export PLAY_DB=/tmp/play20a.db
R=/work/playtest_r20a/raw/s$NN.txt
echo "===== $(date -u +%T) $1 $3" >> $R
out=$(.venv/bin/python play.py "$@" 2>&1)
echo "$out" >> $R
if [ "$1" = end ]; then echo "$out" > /work/playtest_r20a/report_s$NN.md; fi
echo "$out"
