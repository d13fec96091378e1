import { createRoot } from 'react-dom/client';
import '@/components/page.css';
import './options.css';
import { Options } from './Options';

createRoot(document.getElementById('root') as HTMLElement).render(<Options />);
