/**
 * TikTok replica (Draft.js, react@18). /@scout2015/video/<id>: the comment box (`[data-e2e="comment-input"]`
 * around a Draft editor, `[data-e2e="comment-post"]`) renders late; Enter posts, Shift+Enter is a new line.
 * "Next video" changes the route (SPA) and mounts a new box. /signup/phone-or-email/email: email field.
 */
import 'draft-js/dist/Draft.css';
import '../shared/style.css';
import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isPlainEnter, navigate, onRoute, recordPost } from '../shared/runtime.js';

function CommentBox() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const text = state.getCurrentContent().getPlainText('\n');
  const post = () => {
    if (!text.trim()) return;
    recordPost(text);
    setState(EditorState.createEmpty());
  };
  return (
    <div className="DivCommentInputContainer">
      <div data-e2e="comment-input" className="DivInputEditorContainer">
        <Editor
          editorState={state}
          onChange={setState}
          placeholder="Add comment..."
          ariaLabel="Add comment..."
          keyBindingFn={(e) => (isPlainEnter(e) ? 'tt-post' : getDefaultKeyBinding(e))}
          handleKeyCommand={(command) => {
            if (command !== 'tt-post') return 'not-handled';
            post();
            return 'handled';
          }}
        />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: TikTok's Post control is a div role=button */}
      <div
        data-e2e="comment-post"
        role="button"
        tabIndex={0}
        aria-disabled={!text.trim()}
        onClick={post}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            post();
          } else if (e.key === ' ') e.preventDefault();
        }}
        onKeyUp={(e) => {
          if (e.key === ' ') {
            e.preventDefault();
            post();
          }
        }}
      >
        Post
      </div>
    </div>
  );
}

function Video({ id }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), 300);
    return () => clearTimeout(t);
  }, []);
  const next = id === '6718335390845095173' ? '7000000000000000001' : '6718335390845095173';
  return (
    <main>
      <h1 data-e2e="browse-video-desc">Video {id}</h1>
      <a
        href={`/@scout2015/video/${next}`}
        onClick={(e) => {
          e.preventDefault();
          navigate(`/@scout2015/video/${next}`);
        }}
      >
        Next video
      </a>
      {ready ? <CommentBox /> : <p>Loading comments…</p>}
    </main>
  );
}

function Signup() {
  const [email, setEmail] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        recordPost(email);
      }}
    >
      <input
        name="email"
        type="text"
        placeholder="Email address"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <input type="password" placeholder="Password" />
      <button type="submit" data-e2e="login-button">
        Next
      </button>
    </form>
  );
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => onRoute((l) => setPath(l.pathname)), []);
  if (path.startsWith('/signup')) return <Signup />;
  const m = /\/video\/(\d+)/.exec(path);
  if (m) return <Video key={m[1]} id={m[1]} />;
  return (
    <main>
      <a
        href="/@scout2015/video/6718335390845095173"
        onClick={(e) => {
          e.preventDefault();
          navigate('/@scout2015/video/6718335390845095173');
        }}
      >
        Watch
      </a>
    </main>
  );
}

createRoot(document.getElementById('app')).render(<App />);
