const bcrypt = require('bcryptjs');
const salt = '$2a$04$abcdefghijklmnopqrstuu';
const h = bcrypt.hashSync('secret', salt);
console.log(h);
console.log(bcrypt.compareSync('secret', h), bcrypt.compareSync('wrong', h));
console.log(bcrypt.getRounds(h), bcrypt.getSalt(h));
const s = bcrypt.genSaltSync(4);
console.log(s.length, s.slice(0, 7));
bcrypt.hash('async', 4, (err, hash) => {
  console.log(err, hash.length, bcrypt.compareSync('async', hash));
});
