import json, glob, os
N=None
# index: (listening, deep_dive, summarising, non_leading)
J = {
't01_ja_skilled': {1:(1,N,N,1),3:(1,N,1,1),5:(1,N,N,1),7:(1,1,N,1),9:(1,N,1,1),11:(1,1,N,1),
  13:(1,N,1,1),15:(1,0,N,1),17:(1,N,1,1),19:(1,1,1,1),21:(1,N,1,1),23:(1,N,1,1),25:(N,N,N,N)},
't02_ja_poor': {1:(0,0,N,1),3:(0,0,N,1),5:(0,0,0,1),7:(0,0,N,0),9:(1,N,N,0),11:(0,N,N,0),
  13:(0,0,N,0),15:(0,0,N,0),17:(0,0,0,1),19:(1,N,N,0),21:(1,0,0,1),23:(N,N,N,1)},
't03_ja_mixed': {1:(1,N,N,1),3:(1,0,N,1),5:(1,1,N,1),7:(1,N,1,1),9:(0,0,N,0),11:(1,N,1,1),
  13:(1,1,N,1),15:(1,N,N,0),17:(1,1,N,1),19:(1,N,1,1),21:(1,N,N,1),23:(1,1,N,1),25:(1,N,1,1)},
't04_ja_skilled': {1:(1,N,N,1),3:(1,1,N,1),5:(1,N,1,1),7:(1,1,N,1),9:(1,N,1,1),11:(1,1,1,1),
  13:(1,N,1,1),15:(1,1,N,1),17:(1,N,1,1),19:(1,1,N,1),21:(1,N,1,1),23:(1,N,N,1)},
't05_ja_mixed': {1:(1,N,N,1),3:(1,1,N,1),5:(1,N,N,1),7:(0,N,N,0),9:(1,N,1,1),11:(1,1,N,1),
  13:(1,0,N,1),15:(1,N,1,1),17:(0,N,N,0),19:(1,1,N,1),21:(1,N,1,1),23:(1,N,N,1)},
't06_en_skilled': {1:(1,N,N,1),3:(1,N,1,1),5:(0,0,N,1),7:(1,1,N,1),9:(1,N,1,1),11:(1,1,N,1),
  13:(0,0,N,0),15:(1,1,N,1),17:(1,N,1,1),19:(1,N,N,1),21:(1,1,N,1),23:(1,N,1,1),25:(1,N,N,1),27:(1,N,N,1)},
't07_en_mixed': {1:(1,N,1,1),3:(0,1,N,1),5:(0,N,N,0),7:(1,N,1,1),9:(1,1,N,1),11:(0,0,N,0),
  13:(1,1,N,1),15:(1,N,1,1),17:(1,N,N,1),19:(0,N,N,0),21:(1,1,N,1),23:(1,N,1,1),25:(1,1,N,1)},
't08_en_poor': {1:(0,N,N,0),3:(0,0,N,1),5:(0,0,N,0),7:(0,0,N,1),9:(0,0,N,0),11:(1,0,N,1),
  13:(0,N,N,0),15:(0,N,N,0),17:(0,0,0,0),19:(1,N,N,1),21:(0,0,0,1),23:(N,N,N,N)},
}
K=("listening","deep_dive","summarising","non_leading")
src='/work/blind/eval9/transcripts'; out='/work/blind/eval9j'
summary={}
for name,j in J.items():
    lines=open(f'{src}/{name}.jsonl',encoding='utf-8').read().splitlines()
    res=[]; tr=set()
    for i,l in enumerate(lines):
        d=json.loads(l)
        if d['speaker']=='trainee':
            tr.add(i); d['judge']=dict(zip(K,j[i]))
        res.append(json.dumps(d,ensure_ascii=False))
    assert tr==set(j), (name, tr^set(j))
    open(f'{out}/{name}.jsonl','w',encoding='utf-8').write('\n'.join(res)+'\n')
    # verify
    o=[json.loads(x) for x in open(f'{out}/{name}.jsonl',encoding='utf-8')]
    s=[json.loads(x) for x in lines]
    assert len(o)==len(s)
    for a,b in zip(o,s):
        assert {k:v for k,v in a.items() if k!='judge'}==b
        if b['speaker']=='trainee': assert set(a['judge'])==set(K) and all(v in (0,1,None) for v in a['judge'].values())
        else: assert 'judge' not in a
    c={k:{'1':0,'0':0,'null':0} for k in K}
    for v in j.values():
        for k,x in zip(K,v): c[k]['null' if x is None else str(x)]+=1
    summary[name]=(len(j),c)
for n,(t,c) in summary.items():
    print(n,t,' '.join(f"{k}={c[k]['1']}/{c[k]['0']}/{c[k]['null']}" for k in K))
