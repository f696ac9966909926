console.log('about to require a missing file');
require('./fixtures/does-not-exist');
