#!/bin/bash
# s.sh NN "text"
NN=$1; SID=$(grep "^$NN " /work/playtest_r19a/ids.txt | cut -d' ' -f2)
echo "######## s$NN"
/work/playtest_r19a/p.sh $NN say $SID "$2"
