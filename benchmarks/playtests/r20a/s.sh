#!/bin/bash
# s.sh NN "text"
id=$(grep "^$1 " /work/playtest_r20a/ids.txt | cut -d' ' -f2)
echo "##### s$1"; /work/playtest_r20a/p.sh $1 say $id "$2"
