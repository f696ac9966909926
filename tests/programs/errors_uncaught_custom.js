// Uncaught custom error with extra own properties: node prints them after the stack.
class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
    this.code = 'E_VALIDATION';
  }
}
function validate() {
  throw new ValidationError('field is required', 'email');
}
console.log('validating');
validate();
