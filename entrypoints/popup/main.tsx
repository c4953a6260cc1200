import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import './style.css';

render(<Popup />, document.getElementById('app')!);
