/**
 * X (x.com / twitter.com) replica: Draft.js composers as X renders them (react@18, `webDriverTestID`
 * gives the contenteditable `data-testid="tweetTextarea_0"`). Routes: /home (inline composer, late
 * timeline), /compose/post (modal over home: two boxes at once; ?quote=20 quotes a post), /:user/status/:id
 * (inline reply, rendered late), /i/flow/signup (email), /settings/profile (display name and bio).
 * Ctrl/Cmd+Enter posts; Enter makes a new line.
 */
import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'draft-js/dist/Draft.css';
import '../shared/style.css';
import { isModEnter, navigate, onRoute, recordPost } from '../shared/runtime.js';

function Link({ href, children, ...rest }) {
  return (
    <a
      href={href}
      {...rest}
      onClick={(e) => {
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

function Composer({ buttonTestId, buttonLabel, placeholder, index = 0 }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const text = state.getCurrentContent().getPlainText('\n');
  const post = () => {
    if (!text.trim()) return;
    recordPost(text);
    setState(EditorState.createEmpty());
  };
  return (
    <div className="composer">
      <div data-testid={`tweetTextarea_${index}_label`}>
        <Editor
          editorState={state}
          onChange={setState}
          placeholder={placeholder}
          ariaLabel="Post text"
          ariaMultiline
          role="textbox"
          spellCheck
          webDriverTestID={`tweetTextarea_${index}`}
          keyBindingFn={(e) => (isModEnter(e) ? 'x-post' : getDefaultKeyBinding(e))}
          handleKeyCommand={(command) => {
            if (command !== 'x-post') return 'not-handled';
            post();
            return 'handled';
          }}
        />
      </div>
      <div data-testid="toolBar">
        <button type="button" data-testid={buttonTestId} disabled={!text.trim()} onClick={post}>
          {buttonLabel}
        </button>
      </div>
    </div>
  );
}

function useLater(ms) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), ms);
    return () => clearTimeout(t);
  }, [ms]);
  return ready;
}

function Tweet({ user, id, text }) {
  return (
    <article data-testid="tweet" aria-labelledby={`t${id}`}>
      <div data-testid="User-Name">@{user}</div>
      <div data-testid="tweetText" id={`t${id}`}>
        {text}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: X's action bar is a div role=group */}
      <div role="group">
        <Link href={`/${user}/status/${id}`} data-testid="reply">
          Open reply
        </Link>{' '}
        <Link href={`/compose/post?quote=${id}`} data-testid="retweet">
          Quote
        </Link>
      </div>
    </article>
  );
}

function Home() {
  const timeline = useLater(300);
  return (
    <>
      <nav aria-label="Primary">
        <Link href="/home" data-testid="AppTabBar_Home_Link">
          Home
        </Link>{' '}
        <Link href="/compose/post" data-testid="SideNav_NewTweet_Button">
          Post
        </Link>{' '}
        <Link href="/settings/profile">Edit profile</Link>
      </nav>
      <main>
        <div data-testid="primaryColumn">
          <h2>Home</h2>
          <Composer buttonTestId="tweetButtonInline" buttonLabel="Post" placeholder="What is happening?!" />
          <section aria-label="Timeline: Your Home Timeline">
            {timeline ? <Tweet user="jack" id="20" text="just setting up my twttr" /> : <p>Loading…</p>}
          </section>
        </div>
      </main>
    </>
  );
}

function ComposeModal({ quote }) {
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="modal-header" data-testid="sheetDialog">
      <h2 id="modal-header">{quote ? 'Quote' : 'Compose post'}</h2>
      <button type="button" data-testid="app-bar-close" aria-label="Close" onClick={() => navigate('/home')}>
        ×
      </button>
      <Composer
        buttonTestId="tweetButton"
        buttonLabel="Post"
        placeholder={quote ? 'Add a comment' : 'What is happening?!'}
      />
      {quote ? <div data-testid="quoteTweet">@jack: just setting up my twttr</div> : null}
    </div>
  );
}

function Status({ user, id }) {
  const conversation = useLater(400);
  return (
    <main>
      <Link href="/home">Back</Link>
      <Tweet user={user} id={id} text="just setting up my twttr" />
      {conversation ? (
        <div data-testid="inline_reply_offscreen">
          <Composer buttonTestId="tweetButtonInline" buttonLabel="Reply" placeholder="Post your reply" />
        </div>
      ) : (
        <p>Loading conversation…</p>
      )}
    </main>
  );
}

function Signup() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  return (
    <main>
      <h1>Create your account</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          recordPost(email);
        }}
      >
        <label>
          Name{' '}
          <input name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Email{' '}
          <input
            name="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <button type="submit" data-testid="ocfSignupNextLink">
          Next
        </button>
      </form>
    </main>
  );
}

function EditProfile() {
  const [displayName, setDisplayName] = useState('Sam');
  const [bio, setBio] = useState('');
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="edit-header">
      <h2 id="edit-header">Edit profile</h2>
      <label>
        Name{' '}
        <input
          name="displayName"
          maxLength={50}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </label>
      <label>
        Bio{' '}
        <textarea name="description" maxLength={160} value={bio} onChange={(e) => setBio(e.target.value)} />
      </label>
      <label>
        Location <input name="location" />
      </label>
      <button
        type="button"
        data-testid="Profile_Save_Button"
        onClick={() => {
          recordPost(displayName);
          recordPost(bio);
        }}
      >
        Save
      </button>
    </div>
  );
}

function App() {
  const [loc, setLoc] = useState(() => ({ path: location.pathname, search: location.search }));
  useEffect(() => onRoute((l) => setLoc({ path: l.pathname, search: l.search })), []);
  const { path, search } = loc;
  if (path.startsWith('/i/flow/signup')) return <Signup />;
  if (path.startsWith('/settings/profile')) return <EditProfile />;
  if (path.startsWith('/compose/post') || path.startsWith('/compose/tweet')) {
    const quote = new URLSearchParams(search).get('quote');
    return (
      <>
        <Home />
        <ComposeModal key={search} quote={quote} />
      </>
    );
  }
  const status = /^\/([^/]+)\/status\/(\d+)/.exec(path);
  if (status) return <Status key={path} user={status[1]} id={status[2]} />;
  return <Home />;
}

createRoot(document.getElementById('react-root')).render(<App />);
