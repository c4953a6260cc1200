// Property tests explore random inputs on every developer run; under CI the seed is fixed so that a
// green main stays green (set FC_SEED to replay or vary a run).
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
