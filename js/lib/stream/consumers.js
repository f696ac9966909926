'use strict';

// stream/consumers: read a whole stream (Node stream, web stream or any async
// iterable) and return its content as one value.

const { Buffer } = require('buffer');

async function collect(stream) {
  const parts = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

async function blob(stream) {
  const { Blob } = require('buffer');
  return new Blob(await collect(stream));
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

// Strings pass through; bytes are decoded as UTF-8 incrementally so that a
// character split across chunks is decoded whole.
async function text(stream) {
  const decoder = new TextDecoder();
  const pieces = [];
  for await (const part of stream) {
    pieces.push(typeof part === 'string' ? part : decoder.decode(part, { stream: true }));
  }
  pieces.push(decoder.decode(undefined, { stream: false }));
  return pieces.join('');
}

async function json(stream) {
  const source = await text(stream);
  return JSON.parse(source);
}

module.exports = { arrayBuffer, blob, buffer, text, json };
