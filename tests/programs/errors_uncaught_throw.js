console.log('before the throw');
throw new Error('boom');
