console.log('throwing a plain object');
throw { a: 1, nested: { b: [1, 2] } };
