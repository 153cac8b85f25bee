import { FacilitatorPage } from './facilitator-page';

// Loaded with React.lazy at #/facilitator, so the page's code stays out of the learner's bundle.
export default FacilitatorPage;
