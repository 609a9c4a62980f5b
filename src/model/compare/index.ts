// Public entry of the province comparison: the linking rule, the province × target matrix and the pairwise diff.
export * from './provinceOrder';
export * from './provinceLinks';
export * from './provinceMatrix';
export * from './compareProvinces';
export * from './statementCount';
export * from './matrixOrder';
export * from './matrixView';
