console.log('throwing a string');
throw 'just a string';
