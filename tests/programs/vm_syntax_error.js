const vm = require('vm');
new vm.Script('var = 1', 'syn.js');
