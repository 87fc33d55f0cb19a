#!/bin/bash
# usage: p.sh NN cmd args...
NN=$1; shift
cd /work/wt/play19; export PLAY_DB=/tmp/play19a.db
{ echo "=== $(date -u +%H:%M:%S) \$ play.py $*"; } >> /work/playtest_r19a/raw/s$NN.txt
.venv/bin/python play.py "$@" 2>&1 | tee -a /work/playtest_r19a/raw/s$NN.txt
