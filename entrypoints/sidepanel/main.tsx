import { render } from 'preact';
import { Queue } from '../../components/queue/Queue';
import '../popup/style.css';

render(<Queue />, document.getElementById('app')!);
