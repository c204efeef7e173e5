// Produces the reference faces that tests/faces compares Tintype's C++ networks with.
//
// It runs @vladmandic/face-api's own JavaScript (TensorFlow.js, wasm backend; the pure-JS
// cpu backend gives the same numbers, only slower) on PNG images, so both sides decode the
// very same pixels. JPEG inputs are first decoded with jpeg-js and written as PNG next to the
// reference JSON; the C++ tests read those PNGs.
//
// Usage (once; the outputs are committed):
//   cd tools/faces-reference && npm install && node reference.cjs OUT_DIR IMAGE...
// An IMAGE given as "chip:path.png" is treated as an already aligned face chip: only the
// embedding is computed (face-api's computeFaceDescriptor on the whole image).

'use strict';

const fs = require('fs');
const path = require('path');
const jpeg = require('jpeg-js');
const { PNG } = require('pngjs');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const { tf } = faceapi;

function decodeRgb(file) {
  const bytes = fs.readFileSync(file);
  let width;
  let height;
  let rgba;
  if (file.toLowerCase().endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    ({ width, height } = png);
    rgba = png.data;
  } else {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    ({ width, height } = img);
    rgba = img.data;
  }
  const rgb = new Int32Array(width * height * 3);
  for (let i = 0; i < width * height; i += 1) {
    rgb[i * 3] = rgba[i * 4];
    rgb[i * 3 + 1] = rgba[i * 4 + 1];
    rgb[i * 3 + 2] = rgba[i * 4 + 2];
  }
  return { width, height, rgb, rgba };
}

function writePng(file, width, height, rgba) {
  const png = new PNG({ width, height, colorType: 2, inputColorType: 6 });
  png.data = Buffer.from(rgba);
  fs.writeFileSync(file, PNG.sync.write(png, { colorType: 2, inputColorType: 6 }));
}

const round = (v) => Math.round(v * 1e4) / 1e4;
const roundDescriptor = (d) => Array.from(d, (v) => Math.round(v * 1e7) / 1e7);

async function referenceForPhoto(file, outDir) {
  const { width, height, rgb, rgba } = decodeRgb(file);
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const pngName = `${base}.png`;
  if (!file.toLowerCase().endsWith('.png')) writePng(path.join(outDir, pngName), width, height, rgba);
  else fs.copyFileSync(file, path.join(outDir, pngName));
  const tensor = tf.tensor3d(rgb, [height, width, 3], 'int32');
  const options = new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 100 });
  const results = await faceapi.detectAllFaces(tensor, options).withFaceLandmarks().withFaceDescriptors();
  tensor.dispose();
  const faces = results.map((r) => {
    const chip = r.landmarks.align(null, { useDlibAlignment: true });
    return {
      score: r.detection.score,
      box: [round(r.detection.box.x), round(r.detection.box.y), round(r.detection.box.width), round(r.detection.box.height)],
      landmarks: r.landmarks.positions.map((p) => [round(p.x), round(p.y)]),
      chip: [chip.x, chip.y, chip.width, chip.height],
      descriptor: roundDescriptor(r.descriptor),
    };
  });
  return { image: pngName, width, height, faces };
}

async function referenceForChip(file, outDir) {
  const { width, height, rgb } = decodeRgb(file);
  const pngName = path.basename(file);
  fs.copyFileSync(file, path.join(outDir, pngName));
  const tensor = tf.tensor3d(rgb, [height, width, 3], 'int32');
  const descriptor = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(tensor);
  tensor.dispose();
  return { image: pngName, width, height, chip: true, descriptor: roundDescriptor(descriptor) };
}

async function main() {
  const [outDir, ...inputs] = process.argv.slice(2);
  if (!outDir || inputs.length === 0) {
    console.error('usage: node reference.cjs OUT_DIR IMAGE... (chip:IMAGE for an aligned face chip)');
    process.exit(2);
  }
  const wasmDir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '/');
  tf.setWasmPaths(wasmDir);
  await tf.setBackend('wasm');
  await tf.ready();
  const modelDir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
  fs.mkdirSync(outDir, { recursive: true });
  const entries = [];
  for (const input of inputs) {
    const entry = input.startsWith('chip:')
      ? await referenceForChip(input.slice(5), outDir)
      : await referenceForPhoto(input, outDir);
    console.log(`${entry.image}: ${entry.chip ? 'chip' : `${entry.faces.length} faces`}`);
    entries.push(entry);
  }
  const reference = {
    generator: 'tools/faces-reference/reference.cjs',
    faceApi: '@vladmandic/face-api 1.7.15',
    tfjs: `@tensorflow/tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}`,
    detector: 'ssdMobilenetv1 minConfidence 0.5 maxResults 100',
    landmarks: 'faceLandmark68Net (full)',
    entries,
  };
  fs.writeFileSync(path.join(outDir, 'reference.json'), `${JSON.stringify(reference)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
