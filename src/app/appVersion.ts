// The app's version, read from package.json at build time (only the field is bundled).
import { version } from '../../package.json';

export const APP_VERSION: string = version;
