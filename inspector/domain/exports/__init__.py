"""What leaves the app: reports (HTML, CSV, JSON), table rows, and the Netscape cookies.txt export."""
