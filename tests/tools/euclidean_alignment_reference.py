# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The numpy/scipy reference behind the literals of tests/test_alignment.cpp (Euclidean alignment):
# /usr/bin/python3 tests/tools/euclidean_alignment_reference.py (scipy 1.10.1, numpy 1.24.2).
import numpy as np
from scipy.linalg import fractional_matrix_power
S,W,C,T=3,4,4,64
def x(s,w,c,t): return (1+0.5*c)*np.sin((c+1)*0.37*t+w+s)+0.3*np.cos(0.11*(c+2)*(s+1)*t)+0.8*(s+1)*(c+1)*np.sin(0.05*t+w)+0.05*(((t+c*w+s)*13)%7)
X=np.array([[[[x(s,w,c,t) for t in range(T)] for c in range(C)] for w in range(W)] for s in range(S)])
def fmt(vs): return ", ".join(repr(float(v)) for v in vs)
Rs,Ps,As=[],[],[]
for s in range(S):
    Xc=X[s]-X[s].mean(axis=2,keepdims=True)
    R=np.mean([xc@xc.T/T for xc in Xc],axis=0)
    P=fractional_matrix_power(R,-0.5).real
    A=P@Xc[0]
    Rs.append(R.ravel()); Ps.append(P.ravel()); As.append([A[c,t] for c,t in [(0,0),(1,17),(2,40),(3,63)]])
for name,arr in [("kCovariance",Rs),("kInverseSqrt",Ps),("kAligned",As)]:
    print(f"const double {name}[3][{len(arr[0])}] = {{")
    for a in arr: print("    {"+fmt(a)+"},")
    print("};")
