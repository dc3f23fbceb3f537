import { createApp, ref } from 'vue';
import 'clinic-notice';

const app = createApp({
  setup() {
    const dismissed = ref(false);
    const progress = ref('No step ticked yet');
    const onCheck = (event) => {
      progress.value = `${event.detail.done} of ${event.detail.total} done`;
    };
    return { dismissed, progress, onCheck };
  },
  template: `
    <main>
      <notice-banner heading="Notice of a data security incident" severity="warning"
        phone="1-800-555-0142" dismissible @notice-dismiss="dismissed = true">
        <p>An unauthorized person accessed a vendor's system. We will update this notice.</p>
      </notice-banner>
      <p id="dismissed">{{ dismissed ? 'Banner dismissed' : 'Banner showing' }}</p>
      <notice-checklist notice-id="2026-11-vendor-incident" heading="What you can do"
        :headingLevel="2" @notice-check="onCheck">
        <notice-checklist-item id="statements">Watch your statements</notice-checklist-item>
        <notice-checklist-item id="passwords">Change your passwords</notice-checklist-item>
      </notice-checklist>
      <p id="progress">{{ progress }}</p>
    </main>`,
});
// Tell Vue that notice-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('notice-');
app.mount('#app');
