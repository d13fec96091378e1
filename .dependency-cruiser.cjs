/** The one-way flow: page -> platform adapter -> compose watcher -> analyzer -> findings -> warning UI. */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-pure',
      comment:
        'lib/policy and lib/analysis are pure: they import nothing from platforms, entrypoints or components.',
      severity: 'error',
      from: { path: '^lib/(policy|analysis)/' },
      to: { path: '^(lib/platforms|entrypoints|components)/' },
    },
    {
      name: 'core-no-browser-api',
      comment:
        'lib/policy and lib/analysis touch no browser API (no wxt, no webextension-polyfill, no React).',
      severity: 'error',
      from: { path: '^lib/(policy|analysis)/' },
      to: { path: '(^node_modules/(wxt|@wxt-dev|webextension-polyfill|react|react-dom)/)|^\\.wxt/' },
    },
    {
      name: 'adapters-draw-nothing',
      comment: 'Platform adapters neither call the analyzer nor draw UI.',
      severity: 'error',
      from: { path: '^lib/platforms/' },
      to: { path: '^(lib/analysis|components|entrypoints)/|^node_modules/(react|react-dom)/' },
    },
    {
      name: 'policy-below-analysis',
      comment: 'The rulebook does not depend on the analyzer.',
      severity: 'error',
      from: { path: '^lib/policy/' },
      to: { path: '^lib/analysis/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.output|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
