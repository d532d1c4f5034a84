"""Pipeline stages: each a small module with one public function over an ArticleState."""
