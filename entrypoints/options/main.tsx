import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { uiLang } from '../../lib/i18n';
import './style.css';

document.documentElement.lang = uiLang();
document.title = uiLang() === 'it' ? 'Galateo — impostazioni' : 'Galateo — settings';
render(<Options />, document.getElementById('app')!);
