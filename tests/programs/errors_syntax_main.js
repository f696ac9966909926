console.log('this line never runs');
const ok = 1;
const broken = ;
