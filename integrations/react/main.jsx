import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'clinic-notice';

function NoticeSection() {
  const [dismissed, setDismissed] = useState(false);
  const [progress, setProgress] = useState('No step ticked yet');
  const checklist = useRef(null);

  // A ref reaches the element itself: here, its notice-id property.
  useEffect(() => {
    checklist.current.noticeId = '2026-11-vendor-incident';
  }, []);

  return (
    <main>
      <notice-banner
        heading="Notice of a data security incident"
        severity="warning"
        phone="1-800-555-0142"
        dismissible
        onnotice-dismiss={() => setDismissed(true)}
      >
        <p>An unauthorized person accessed a vendor's system. We will update this notice.</p>
      </notice-banner>
      <p id="dismissed">{dismissed ? 'Banner dismissed' : 'Banner showing'}</p>
      <notice-checklist
        ref={checklist}
        heading="What you can do"
        headingLevel={2}
        onnotice-check={(event) =>
          setProgress(`${event.detail.done} of ${event.detail.total} done`)
        }
      >
        <notice-checklist-item id="statements">Watch your statements</notice-checklist-item>
        <notice-checklist-item id="passwords">Change your passwords</notice-checklist-item>
      </notice-checklist>
      <p id="progress">{progress}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<NoticeSection />);
