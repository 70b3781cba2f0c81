// Added by the hyperscalers research (data/research-hyperscalers.jsonl): Meta states a full-year
// "total expenses" outlook each quarter, which no existing metric covers (capex and compute spend are other things).
export const entities = [];
export const metrics = [
  { id: 'total-expenses', label: 'total costs and expenses', labelJa: '総費用', family: 'total-expenses', unit: 'currency', kind: 'flow',
    cues: ['total expenses', 'total costs and expenses', 'costs and expenses', 'expense outlook', 'expense guidance', '総費用', '費用総額', '経費総額', '総経費'] },
];
