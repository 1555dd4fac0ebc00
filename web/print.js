// The print button of a shortlist page (/s/{id}).
document.getElementById('print')?.addEventListener('click', () => window.print());
