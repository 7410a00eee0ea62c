// `ir`: parse, print and verify jaxpr text from user code. Imports src/ir only.
export { printJaxpr as print, printClosedJaxpr as printClosed } from '../ir/printer.js';
export { parseJaxpr as parse, ParseError } from '../ir/parser.js';
export { verifyJaxpr as verify, verifyClosedJaxpr as verifyClosed } from '../ir/verify.js';
