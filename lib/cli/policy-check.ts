console.log('policy-check: not built yet');
